import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { rateText } from '../../../src/ui/assumptions/field-formats';
import { en } from '../../../src/ui/i18n/en';
import { ParamField, type ParamFieldProps } from '../../../src/ui/assumptions/ParamField';
import { renderInApp, retype } from './render-app';

type Commit = ParamFieldProps['onCommit'];

/** A growth-rate field as the model editor builds one: typed in percent, with a slider from −50% to 300%. */
function rateField(value: string, onCommit: Commit) {
  return (
    <ParamField label="Growth per year" value={value} kind="rate" format={rateText} slider={{ min: -50, max: 300, step: 0.1 }} onCommit={onCommit} testId="cagr" />
  );
}

const textBox = () => screen.getByRole('textbox', { name: 'Growth per year' });

describe('ParamField', () => {
  it('shows the value in force as the reader writes it', () => {
    renderInApp(rateField('0.566', vi.fn<Commit>()));
    expect(textBox()).toHaveValue('56.6%');
  });

  it('the slider speaks the value as written (56.6%), not its position (56.6, or 6.857 on a log slider)', () => {
    renderInApp(rateField('0.566', vi.fn<Commit>()));
    expect(screen.getByRole('slider', { name: 'Growth per year' })).toHaveAttribute('aria-valuetext', '56.6%');
  });

  it('typing "56.6%" into a rate field commits the exact decimal "0.566"', async () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    const { user } = renderInApp(rateField('0.2', onCommit));
    await retype(user, textBox(), '56.6%');
    expect(onCommit).toHaveBeenLastCalledWith('0.566', 'text');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('typing "abc" explains why it cannot be read, commits nothing, and keeps the last value in force', async () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    const { user } = renderInApp(rateField('0.566', onCommit));
    await retype(user, textBox(), 'abc');

    expect(onCommit).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(en.errors.input.unreadable);
    expect(alert).toHaveTextContent('Still using 56.6%');
    // What was typed stays for the user to correct.
    expect(textBox()).toHaveValue('abc');
    expect(textBox()).toHaveAttribute('aria-invalid', 'true');
    expect(textBox()).toHaveAccessibleDescription(`${en.errors.input.unreadable} Still using 56.6%`);
  });

  it('a value the model refuses shows the sentence onCommit returns', async () => {
    const onCommit = vi.fn<Commit>((v) => (v === '-1' ? en.errors.model['rate-too-low'] : undefined));
    const { user } = renderInApp(rateField('0.566', onCommit));
    await user.clear(textBox());
    await user.paste('-100%');
    await user.keyboard('{Enter}');

    expect(onCommit).toHaveBeenLastCalledWith('-1', 'text');
    expect(screen.getByRole('alert')).toHaveTextContent(`${en.errors.model['rate-too-low']} Still using 56.6%`);
    expect(textBox()).toHaveValue('-100%');
  });

  it('a readable value after an error clears the error', async () => {
    const { user } = renderInApp(rateField('0.566', vi.fn<Commit>(() => undefined)));
    await retype(user, textBox(), 'abc');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await retype(user, textBox(), '40%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('Escape puts the value in force back into the text box', async () => {
    const { user } = renderInApp(rateField('0.566', vi.fn<Commit>(() => undefined)));
    await retype(user, textBox(), 'abc');
    await user.keyboard('{Escape}');
    expect(textBox()).toHaveValue('56.6%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a value changed elsewhere (undo, the slider) shows up in the text box while it is not being typed in', () => {
    const onCommit = vi.fn<Commit>();
    const { rerender } = renderInApp(rateField('0.566', onCommit));
    rerender(rateField('0.75', onCommit));
    expect(textBox()).toHaveValue('75%');
  });

  it('a value changed elsewhere waits while the user is typing, and shows once the field is left', async () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    const { user, rerender } = renderInApp(rateField('0.566', onCommit));
    await user.clear(textBox());
    await user.type(textBox(), '60');
    rerender(rateField('0.75', onCommit));
    expect(textBox()).toHaveValue('60');
    await user.tab();
    expect(textBox()).toHaveValue('75%');
  });

  it('the slider commits the rate at its position: 56.6 on a rate slider is "0.566"', () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    renderInApp(rateField('0.2', onCommit));
    const slider = screen.getByRole('slider', { name: 'Growth per year' });
    expect(slider).toHaveValue('20');

    fireEvent.change(slider, { target: { value: '56.6' } });
    expect(onCommit).toHaveBeenLastCalledWith('0.566', 'slider');
  });

  it('a drag takes each input once: the change sent on letting go, with the last input\'s value, is not taken again', () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    renderInApp(rateField('0.2', onCommit));
    const slider = screen.getByRole('slider', { name: 'Growth per year' });
    fireEvent.input(slider, { target: { value: '30' } });
    fireEvent.input(slider, { target: { value: '40' } });
    fireEvent.change(slider, { target: { value: '40' } });
    expect(onCommit.mock.calls).toEqual([
      ['0.3', 'slider'],
      ['0.4', 'slider'],
    ]);
    // Its box shows the move at once.
    expect(textBox()).toHaveValue('40%');
  });

  it('a render in the middle of a drag, before the move is stored, leaves the slider where the hand put it', () => {
    const { rerender } = renderInApp(rateField('0.2', vi.fn<Commit>(() => undefined)));
    const slider = screen.getByRole('slider', { name: 'Growth per year' });
    fireEvent.input(slider, { target: { value: '30' } });
    // The same value in force (the move is not stored yet), and a new callback, as a parent's render gives.
    rerender(rateField('0.2', vi.fn<Commit>(() => undefined)));
    expect(slider).toHaveValue('30');
    // Once the value in force changes (stored, or undone), the slider follows it.
    rerender(rateField('0.25', vi.fn<Commit>(() => undefined)));
    expect(slider).toHaveValue('25');
  });

  it('a change on its own, after a drag and a value set from outside, is taken', () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    const { rerender } = renderInApp(rateField('0.2', onCommit));
    const slider = screen.getByRole('slider', { name: 'Growth per year' });
    fireEvent.input(slider, { target: { value: '40' } });
    fireEvent.change(slider, { target: { value: '40' } });
    rerender(rateField('0.2', onCommit));
    rerender(rateField('0.3', onCommit));
    expect(slider).toHaveValue('30');
    fireEvent.change(slider, { target: { value: '40' } });
    expect(onCommit.mock.calls.map((c) => c[0])).toEqual(['0.4', '0.4']);
  });

  it("a slider's move does not bubble past the slider: the page's own listeners and React's root never see it", () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    renderInApp(rateField('0.2', onCommit));
    const bubbled = vi.fn();
    document.addEventListener('input', bubbled);
    fireEvent.input(screen.getByRole('slider', { name: 'Growth per year' }), { target: { value: '30' } });
    document.removeEventListener('input', bubbled);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(bubbled).not.toHaveBeenCalled();
  });

  it('a move the model refuses puts the slider back at the value in force and says why', () => {
    const onCommit = vi.fn<Commit>(() => 'The model cannot take that rate.');
    renderInApp(rateField('0.2', onCommit));
    const slider = screen.getByRole('slider', { name: 'Growth per year' });
    fireEvent.input(slider, { target: { value: '250' } });
    expect(slider).toHaveValue('20');
    expect(screen.getByRole('alert')).toHaveTextContent('The model cannot take that rate.');
    expect(textBox()).toHaveValue('20%');
  });

  it('a log slider moves through orders of magnitude: position 6.5 is 10^6.5 to four digits', () => {
    const onCommit = vi.fn<Commit>(() => undefined);
    renderInApp(
      <ParamField label="Base value" value="7200000" kind="amount" format={(v) => v} slider={{ min: 4, max: 12, step: 0.001, log: true }} onCommit={onCommit} />,
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Base value' }), { target: { value: '6.5' } });
    // 10^6.5 = 3162277.66…
    expect(onCommit).toHaveBeenLastCalledWith('3162000', 'slider');
  });

  it('a slider moved one step and back gives back the value it started from, not the step’s rounding of it (720万, not 719.4万)', () => {
    const commits: string[] = [];
    // The store's part: what is committed is the value in force at the next render.
    function Held({ start, kind, slider }: { start: string; kind: 'amount' | 'rate'; slider: ParamFieldProps['slider'] }) {
      const [value, setValue] = useState(start);
      return (
        <ParamField
          label="Field"
          value={value}
          kind={kind}
          format={(v) => v}
          slider={slider}
          onCommit={(next) => {
            commits.push(next);
            setValue(next);
            return undefined;
          }}
        />
      );
    }
    const { unmount } = renderInApp(<Held start="7200000" kind="amount" slider={{ min: 4, max: 12, step: 0.001, log: true }} />);
    const slider = () => screen.getByRole('slider', { name: 'Field' });
    // log10(7,200,000) = 6.8573…, on the slider's steps 6.857; one step up is 10^6.858 = 7,211,074.6… (Python).
    expect(slider()).toHaveValue('6.857');
    fireEvent.change(slider(), { target: { value: '6.858' } });
    fireEvent.change(slider(), { target: { value: '6.857' } });
    // Without the start kept, the way back is 10^6.857 = 7,194,496.3… → 7194000.
    expect(commits).toEqual(['7211000', '7200000']);
    unmount();

    commits.length = 0;
    // A typed rate between the slider's steps: 56.63% rests at 56.6; up one step is 56.7%, and back is 56.63% again.
    renderInApp(<Held start="0.5663" kind="rate" slider={{ min: -50, max: 300, step: 0.1 }} />);
    fireEvent.change(slider(), { target: { value: '56.7' } });
    fireEvent.change(slider(), { target: { value: '56.6' } });
    expect(commits).toEqual(['0.567', '0.5663']);
  });

  it('a disabled field takes no typing and no slider moves', async () => {
    const onCommit = vi.fn<Commit>();
    const { user } = renderInApp(
      <ParamField label="Growth per year" value="0.566" kind="rate" format={rateText} slider={{ min: -50, max: 300, step: 0.1 }} onCommit={onCommit} disabled />,
    );
    expect(textBox()).toBeDisabled();
    expect(screen.getByRole('slider')).toBeDisabled();
    await user.type(textBox(), '9');
    expect(onCommit).not.toHaveBeenCalled();
  });
});
