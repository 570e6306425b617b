// Issue 13, fuzzed: whatever keys a person presses in a field, the value in force afterwards is either
// the one in force before or one the person can read in the field. Never a third value (8056.6%).
import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/io/parse-input';
import { Dec, isInDomain } from '../../../src/model';
import { rateText } from '../../../src/ui/assumptions/field-formats';
import { ParamField } from '../../../src/ui/assumptions/ParamField';
import { renderInApp } from './render-app';

const SEED = 20261205;

/** One thing a person does to the field: a character, an editing key, or leaving / coming back. */
const action = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0', '1', '2', '5', '8', '9', '.', '%', '-', 'e', 'a', ' ') },
  { weight: 3, arbitrary: fc.constantFrom('80', '12.5', '-15', '300', '1e3', '1e9999999999', '56.6%', '{Control>}a{/Control}80', '{Control>}a{/Control}-1') },
  { weight: 3, arbitrary: fc.constantFrom('{Backspace}', '{Home}', '{End}', '{ArrowLeft}', '{Enter}', '{Enter}', '{Escape}') },
  { weight: 2, arbitrary: fc.constantFrom('blur', 'click', 'clear', 'clear') },
);

/** A rate field whose value in force lives in a holder, as the store holds it; the model refuses rates above 500%. */
function Held({ onValue }: { onValue: (v: string) => void }) {
  const [value, setValue] = useState('0.566');
  return (
    <>
      <ParamField
        label="Growth per year"
        value={value}
        kind="rate"
        domain="rate"
        format={rateText}
        slider={{ min: -50, max: 300, step: 0.1 }}
        onCommit={(v) => {
          if (new Dec(v).gt(5)) return 'The model refuses rates above 500%.';
          setValue(v);
          onValue(v);
          return undefined;
        }}
      />
      <button type="button">elsewhere</button>
    </>
  );
}

/** Whether the text in the box reads as exactly this value. */
function readable(text: string, value: string): boolean {
  const read = parseInput(text, 'rate');
  return read.ok && new Dec(read.value).eq(value);
}

describe('ParamField under any keystrokes (seeded)', () => {
  it('leaves in force the previous value or one the field shows, and only values inside the growth domain', async () => {
    let changes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 14 }), async (actions) => {
        let inForce = '0.566';
        const { user, unmount } = renderInApp(<Held onValue={(v) => (inForce = v)} />);
        try {
          const box = screen.getByRole('textbox', { name: 'Growth per year' });
          await user.click(box);
          for (const act of actions) {
            const before = inForce;
            if (act === 'blur') await user.click(screen.getByRole('button', { name: 'elsewhere' }));
            else if (act === 'click') await user.click(box);
            else if (act === 'clear') await user.clear(box);
            else await user.keyboard(act);
            if (inForce !== before) {
              changes += 1;
              expect(readable((box as HTMLInputElement).value, inForce), `${JSON.stringify(actions)}: ${inForce} in force, box reads "${(box as HTMLInputElement).value}"`).toBe(true);
              expect(isInDomain('rate', inForce)).toBe(true);
            }
          }
        } finally {
          unmount();
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
    // Not vacuous: the keystrokes did put new values in force along the way.
    expect(changes).toBeGreaterThan(5);
  }, 240_000);
});
