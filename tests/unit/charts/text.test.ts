import { describe, expect, it } from 'vitest';
import { textWidth, truncateText, wrapText } from '../../../src/charts';

describe('text measurement without a layout engine', () => {
  it('counts 0.6em per Latin character and 1em per CJK character', () => {
    expect(textWidth('2024', 10)).toBeCloseTo(24);
    expect(textWidth('市场规模', 10)).toBeCloseTo(40);
    expect(textWidth('AI 市场', 10)).toBeCloseTo(3 * 6 + 20);
    expect(textWidth('（元）', 10)).toBeCloseTo(30);
  });

  it('wraps Latin text between words and keeps each line within the width', () => {
    const lines = wrapText('Source: Wanlian Securities, Generative AI in media, 28 June 2024', 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Source: Wanlian Securities, Generative AI in media, 28 June 2024');
  });

  it('wraps Chinese text between characters, never starting a line with closing punctuation', () => {
    const text = '来源：万联证券《生成式AI在传媒行业的应用》，情景假设与推算为本工具计算结果。';
    for (const width of [60, 80, 100, 130, 150]) {
      const lines = wrapText(text, 10, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line).not.toMatch(/^[，。、；：）》]/);
    }
  });

  it('splits a word longer than the line', () => {
    const lines = wrapText('x'.repeat(50), 10, 60);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join('')).toBe('x'.repeat(50));
  });

  it('cuts text with an ellipsis to fit', () => {
    expect(truncateText('短名', 10, 100)).toBe('短名');
    const cut = truncateText('一个非常非常长的情景名称', 10, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(60);
  });
});

describe('a Chinese amount is not split from its unit', () => {
  it('"1.66亿美元" stays on one line at every width that holds it (found by review: "1.66" at a line end, "亿美元" on the next)', () => {
    const text = '报告所述年复合增速56.6%：2030年仅1.66亿美元，两个金额隐含每年126.75%';
    // From the width of its longest unbreakable piece, "56.6%：2030年" (7.4 em at 10 px: 74 px).
    for (let width = 76; width <= 400; width += 2) {
      const lines = wrapText(text, 10, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line, `${width}: ${lines.join(' | ')}`).not.toMatch(/\d$/);
    }
  });
});
