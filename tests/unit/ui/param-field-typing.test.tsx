// Issue 13, "type freely": a field's text is a draft. Nothing is in force until it reads as a value
// inside the parameter's domain and the user commits it (Enter or leaving the field); Escape puts
// the value in force back; what cannot be used is explained beside the field until it is corrected.
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DomainKind } from '../../../src/model';
import type { FieldKind } from '../../../src/io/parse-input';
import type { ParamRange } from '../../../src/state';
import { rateText, valueText } from '../../../src/ui/assumptions/field-formats';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { ParamField, type ParamFieldProps } from '../../../src/ui/assumptions/ParamField';
import { renderInApp } from './render-app';

type Commit = ParamFieldProps['onCommit'];
type SetRange = NonNullable<ParamFieldProps['onRange']>;

/**
 * A field that holds its value in force as the model editor's store does: a commit the callback
 * takes becomes the value the field shows. `committed` records every value put in force.
 */
function Held(props: { initial: string; kind: FieldKind; domain: DomainKind; format: (v: string) => string; onCommit: Commit; onRange?: SetRange; currency?: 'USD' | 'CNY' }) {
  const [value, setValue] = useState(props.initial);
  const [range, setRange] = useState<ParamRange | undefined>();
  return (
    <ParamField
      label="Growth per year"
      value={value}
      kind={props.kind}
      domain={props.domain}
      {...(props.currency ? { currency: props.currency } : {})}
      format={props.format}
      slider={{ min: -50, max: 300, step: 0.1 }}
      onCommit={(v, source) => {
        const refused = props.onCommit(v, source);
        if (refused === undefined) setValue(v);
        return refused;
      }}
      {...(props.onRange
        ? {
            rangeKind: 'rate' as const,
            range,
            onRange: (r: ParamRange | undefined) => {
              const refused = props.onRange!(r);
              if (refused === undefined) setRange(r);
              return refused;
            },
          }
        : {})}
    />
  );
}

const rate = (onCommit: Commit, initial = '0.566', onRange?: SetRange) => (
  <Held initial={initial} kind="rate" domain="rate" format={rateText} onCommit={onCommit} {...(onRange ? { onRange } : {})} />
);
const box = () => screen.getByRole('textbox', { name: 'Growth per year' });
const accepting = () => vi.fn<Commit>(() => undefined);

describe('ParamField: typed text is a draft until it is committed', () => {
  it('{Home}80% into a field reading 56.6% puts nothing in force (no 856.6%, no 8056.6%) and says the text cannot be read', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.click(box());
    await user.keyboard('{Home}80%');
    expect(box()).toHaveValue('80%56.6%');
    expect(onCommit).not.toHaveBeenCalled();
    // Enter does not take it either: the text is not a number, and 56.6% stays in force.
    await user.keyboard('{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(`${en.errors.input.unreadable} Still using 56.6%`);
    expect(box()).toHaveValue('80%56.6%');
  });

  it('Enter commits: nothing is in force while "80" is being typed, 0.8 is once Enter is pressed', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.type(box(), '80');
    expect(onCommit).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onCommit.mock.calls).toEqual([['0.8', 'text']]);
    expect(box()).toHaveValue('80%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaving the field commits what it reads, once; leaving it untouched commits nothing', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.click(box());
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    await user.clear(box());
    await user.type(box(), '12.5');
    await user.tab();
    expect(onCommit.mock.calls).toEqual([['0.125', 'text']]);
    expect(box()).toHaveValue('12.5%');
  });

  it('-150% is refused with the growth domain and its reason (it never passes through -15% on the way); leaving keeps the text and the message', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.type(box(), '-150%{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    const message = `${en.errors.domain.rate} Still using 56.6%`;
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(box()).toHaveValue('-150%');
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription(message);
  });

  it.each(['300000%', '1e400', '1e9999999999', '-1e9999999999%'])('%s in a rate field is refused with the growth domain: nothing is committed, the text stays', async (typed) => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.paste(typed);
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(`${en.errors.domain.rate} Still using 56.6%`);
    expect(box()).toHaveValue(typed);
  });

  it('1e400 and 1e16 as a base value are refused with the value domain; 1e15 is taken', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(<Held initial="7200000" kind="amount" domain="value" format={valueText('en', 'kmb')} onCommit={onCommit} />);
    for (const typed of ['1e400', '1e16']) {
      await user.clear(box());
      await user.paste(typed);
      await user.tab();
      expect(onCommit).not.toHaveBeenCalled();
      expect(screen.getByRole('alert')).toHaveTextContent(en.errors.domain.value);
    }
    await user.clear(box());
    await user.paste('1e15');
    await user.tab();
    expect(onCommit.mock.calls).toEqual([['1000000000000000', 'text']]);
  });

  it('a value in the other currency names the field’s own (US dollars for text-to-video, in either language)', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(<Held initial="2219000000" kind="amount" domain="value" currency="USD" format={valueText('en', 'kmb')} onCommit={onCommit} />);
    for (const typed of ['¥15B', '150亿元']) {
      await user.clear(box());
      await user.paste(typed);
      await user.tab();
      expect(onCommit).not.toHaveBeenCalled();
      expect(screen.getByRole('alert')).toHaveTextContent('This field is in US dollars ($), the series’ own currency');
    }
    expect(zh.errors.inCurrency('USD')).toContain('美元（$）');
    expect(zh.errors.inCurrency('CNY')).toContain('人民币（¥）');
  });

  it('a text far too long to be a number is refused before it is read', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.paste('1'.repeat(200));
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(en.errors.input['too-long']);
  });

  it('the domain is explained in Chinese when the app is in Chinese', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit), { lang: 'zh' });
    await user.clear(box());
    await user.paste('-150%');
    await user.keyboard('{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(zh.errors.domain.rate);
  });

  it('Escape puts back the value in force and its text, and drops the message', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.type(box(), '-150');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('56.6%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('text that cannot be read, left by blur, keeps its message and the old value until it is corrected', async () => {
    const onCommit = accepting();
    const { user } = renderInApp(rate(onCommit));
    await user.clear(box());
    await user.type(box(), 'abc');
    await user.tab();
    expect(box()).toHaveValue('abc');
    expect(screen.getByRole('alert')).toHaveTextContent(`${en.errors.input.unreadable} Still using 56.6%`);
    // Back into the field, corrected, and committed.
    await user.clear(box());
    await user.type(box(), '60%{Enter}');
    expect(onCommit.mock.calls).toEqual([['0.6', 'text']]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a reversed range "70% to 40%" is read as 40% to 70%, and the field says so', async () => {
    const onCommit = accepting();
    const onRange = vi.fn<SetRange>(() => undefined);
    const { user } = renderInApp(rate(onCommit, '0.566', onRange));
    await user.clear(box());
    await user.type(box(), '70% to 40%');
    expect(onRange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onRange.mock.calls).toEqual([[{ low: '0.4', high: '0.7' }]]);
    expect(onCommit).not.toHaveBeenCalled();
    expect(box()).toHaveValue('40% to 70%');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const note = en.assumptions.readReversed('70% to 40%', '40% to 70%');
    expect(screen.getByText(note)).toBeInTheDocument();
    expect(box()).toHaveAccessibleDescription(expect.stringContaining(note));
  });

  it('a range with an end outside the domain is refused with the domain', async () => {
    const onRange = vi.fn<SetRange>(() => undefined);
    const { user } = renderInApp(rate(accepting(), '0.566', onRange));
    await user.clear(box());
    await user.paste('40% to 3000%');
    await user.keyboard('{Enter}');
    expect(onRange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(en.errors.domain.rate);
  });
});
