import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, markerPath, markerShapeFor, markerShapes, paletteColor } from '../../../src/charts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('chart themes', () => {
  for (const theme of [lightTheme, darkTheme]) {
    it(`${theme.name}: has ten distinct scenario colours, each visible on the background`, () => {
      expect(theme.palette.length).toBeGreaterThanOrEqual(10);
      expect(new Set(theme.palette.map((c) => c.toLowerCase())).size).toBe(theme.palette.length);
      for (const colour of theme.palette) expect(contrast(colour, theme.background)).toBeGreaterThan(2.5);
    });

    it(`${theme.name}: text is readable (4.5:1) and muted text too`, () => {
      expect(contrast(theme.text, theme.background)).toBeGreaterThan(4.5);
      expect(contrast(theme.muted, theme.background)).toBeGreaterThan(4.5);
    });
  }

  it('names CJK fonts in the font stack, so Chinese renders without a download', () => {
    expect(lightTheme.fontFamily).toContain('Noto Sans CJK SC');
    expect(lightTheme.fontFamily).toContain('Microsoft YaHei');
    expect(lightTheme.fontFamily).toMatch(/sans-serif$/);
  });

  it('wraps palette indexes past the end', () => {
    expect(paletteColor(lightTheme, 10)).toBe(lightTheme.palette[0]);
    expect(paletteColor(lightTheme, 13)).toBe(lightTheme.palette[3]);
  });
});

describe('marker shapes', () => {
  it('gives each of ten scenarios its own shape, so lines differ without colour', () => {
    const shapes = Array.from({ length: 10 }, (_, i) => markerShapeFor(i));
    expect(new Set(shapes).size).toBe(10);
    expect(shapes.slice(0, 4)).toEqual(['circle', 'square', 'triangle', 'diamond']);
    expect(markerShapeFor(10)).toBe(markerShapeFor(0));
  });

  it('draws every shape as a closed path that starts at its centre', () => {
    for (const shape of markerShapes) {
      const d = markerPath(shape, 12.5, 40, 3);
      expect(d.startsWith('M12.5,40m')).toBe(true);
      expect(d.endsWith('z')).toBe(true);
    }
  });
});
