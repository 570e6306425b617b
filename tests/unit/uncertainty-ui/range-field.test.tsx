import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { rateText, valueText, yearText } from '../../../src/ui/assumptions/field-formats';
import { ParamField } from '../../../src/ui/assumptions/ParamField';
import { newStore, renderWith } from './render';

const SLIDER = { min: -50, max: 300, step: 0.1 };

function rateField(props: Partial<Parameters<typeof ParamField>[0]> = {}) {
  const onCommit = vi.fn((_v: string, _s: 'slider' | 'text'): string | undefined => undefined);
  const onRange = vi.fn((_r: { low: string; high: string } | undefined): string | undefined => undefined);
  const view = renderWith(
    <ParamField label="Growth after last anchor" value="0.566" kind="rate" format={rateText} slider={SLIDER} rangeKind="rate" onCommit={onCommit} onRange={onRange} testId="f" {...props} />,
  );
  return { ...view, onCommit, onRange, box: within(screen.getByTestId('f')).getByRole('textbox') as HTMLInputElement };
}

describe('a field that takes a range', () => {
  it('reads "40% to 70%" as a range and hands it over, exact, instead of a single value', async () => {
    const { user, box, onRange } = rateField();
    await user.clear(box);
    await user.type(box, '40% to 70%');
    // A draft until it is committed (issue 13): Enter puts it in force.
    expect(onRange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onRange).toHaveBeenLastCalledWith({ low: '0.4', high: '0.7' });
  });

  it('reads the other ways a range is typed: "40%-70%", "40至70%", "40 到 70"', async () => {
    const { box, onRange } = rateField();
    for (const text of ['40%-70%', '40至70%', '40 到 70']) {
      onRange.mockClear();
      fireEvent.change(box, { target: { value: text } });
      fireEvent.keyDown(box, { key: 'Enter' });
      expect(onRange, text).toHaveBeenLastCalledWith({ low: '0.4', high: '0.7' });
    }
  });

  it('reads a range typed the wrong way round as the same range, and says so (issue 13: never dropped)', () => {
    const { box, onRange } = rateField();
    fireEvent.change(box, { target: { value: '70% to 40%' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onRange).toHaveBeenLastCalledWith({ low: '0.4', high: '0.7' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('“70% to 40%” is read as 40% to 70%, low end first.')).toBeInTheDocument();
  });

  it('shows a range in force as typed, how it is read, a sketch of it, and rests its slider', async () => {
    rateField({ value: '0.54272486', range: { low: '0.4', high: '0.7' } });
    const field = screen.getByTestId('f');
    expect(within(field).getByRole('textbox')).toHaveValue('40% to 70%');
    expect(await within(field).findByText('Read as a 90% interval, lognormal on 1 + g; median 54.3%')).toBeInTheDocument();
    expect(field.querySelector('svg.distribution-sketch[data-distribution="lognormal-growth"]')).not.toBeNull();
    expect(within(field).getByRole('slider')).toBeDisabled();
  });

  it('clears the range with its × button', async () => {
    const { user, onRange } = rateField({ value: '0.54272486', range: { low: '0.4', high: '0.7' } });
    await user.click(await screen.findByRole('button', { name: 'Clear the range of Growth after last anchor' }));
    expect(onRange).toHaveBeenCalledWith(undefined);
  });

  it('clears the range when one number is typed, then applies that number', () => {
    const { box, onRange, onCommit } = rateField({ value: '0.54272486', range: { low: '0.4', high: '0.7' } });
    fireEvent.change(box, { target: { value: '60%' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onRange).toHaveBeenCalledWith(undefined);
    expect(onCommit).toHaveBeenCalledWith('0.6', 'text');
    expect(onRange.mock.invocationCallOrder[0]!).toBeLessThan(onCommit.mock.invocationCallOrder[0]!);
  });

  it('still reads a negative rate as one number, not as a range', () => {
    const { box, onRange, onCommit } = rateField();
    fireEvent.change(box, { target: { value: '-10%' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onRange).not.toHaveBeenCalled();
    expect(onCommit).toHaveBeenCalledWith('-0.1', 'text');
  });
});

describe('a count field that takes a range', () => {
  it('reads "1.5-3亿" and "150M to 300M" as 150 to 300 million, and shows the range back in the reader’s units', async () => {
    const onRange = vi.fn((_r: { low: string; high: string } | undefined): string | undefined => undefined);
    renderWith(
      <ParamField label="Users" value="212132030" kind="count" format={valueText('en', 'kmb')} rangeKind="positive" onCommit={() => undefined} onRange={onRange} testId="u" />,
    );
    const box = within(screen.getByTestId('u')).getByRole('textbox');
    for (const text of ['1.5-3亿', '150M to 300M']) {
      fireEvent.change(box, { target: { value: text } });
      fireEvent.blur(box);
      expect(onRange, text).toHaveBeenLastCalledWith({ low: '150000000', high: '300000000' });
    }
    renderWith(<ParamField label="Users" value="212132030" kind="count" format={valueText('zh', 'wan')} rangeKind="positive" range={{ low: '150000000', high: '300000000' }} onCommit={() => undefined} onRange={onRange} testId="z" />, newStore('zh'));
    const field = screen.getByTestId('z');
    expect(within(field).getByRole('textbox')).toHaveValue('1.5亿至3亿');
    expect(await within(field).findByText('按90%区间理解，对数正态分布；中位数 2.12亿')).toBeInTheDocument();
  });
});

describe('a field that takes one number only', () => {
  it('says so when a range is typed', () => {
    const onCommit = vi.fn(() => undefined);
    renderWith(<ParamField label="Base year" value="2023" kind="year" format={yearText} onCommit={onCommit} testId="y" />);
    fireEvent.change(within(screen.getByTestId('y')).getByRole('textbox'), { target: { value: '2020-2025' } });
    expect(screen.getByRole('alert')).toHaveTextContent('This field takes one number, not a range.');
    expect(onCommit).not.toHaveBeenCalled();
  });
});
