import { describe, expect, it } from 'vitest';
import { checkModelDomains, DOMAINS, inDomain, paramDomain, type ForecastModel } from '../../../src/model';
import { reportData } from '../../../src/io/report-fixture';

describe('plausible domains', () => {
  it('take both ends of a domain and refuse the next number past each', () => {
    // The bounds: growth between -99% and +1,000% a year; values 1e-3 to 1e15; years 2000-2100.
    expect(inDomain('rate', '-0.99', 'cagr').ok).toBe(true);
    expect(inDomain('rate', '10', 'cagr').ok).toBe(true);
    expect(inDomain('rate', '-0.9900000001', 'cagr').ok).toBe(false);
    expect(inDomain('rate', '10.0000000001', 'cagr').ok).toBe(false);
    expect(inDomain('value', '0.001', 'v').ok).toBe(true);
    expect(inDomain('value', '1e15', 'v').ok).toBe(true);
    expect(inDomain('value', '1000000000000001', 'v').ok).toBe(false);
    expect(inDomain('year', 2000, 'y').ok).toBe(true);
    expect(inDomain('year', 1999, 'y').ok).toBe(false);
    expect(inDomain('year', 2101, 'y').ok).toBe(false);
  });

  it('refuse 300000% and 1e400 with the domain and its ends, and never carry thousands of digits', () => {
    const rate = inDomain('rate', '3000', 'cagr');
    expect(rate.ok).toBe(false);
    if (!rate.ok) {
      expect(rate.error.kind).toBe('out-of-domain');
      expect(rate.error.params).toMatchObject({ domain: 'rate', min: '-0.99', max: '10' });
    }
    const huge = inDomain('value', '1e9999999999', 'baseValue');
    expect(huge.ok).toBe(false);
    if (!huge.ok) {
      expect(String(huge.error.params.input).length).toBeLessThan(30);
      expect(huge.error.message.length).toBeLessThan(300);
    }
  });

  it('refuse an exchange rate of 1e-300, which a saved state could once carry', () => {
    expect(inDomain('exchange-rate', '1e-300', 'usdCny').ok).toBe(false);
    expect(inDomain('exchange-rate', DOMAINS['exchange-rate'].min, 'usdCny').ok).toBe(true);
    // The report's date's central parity sits well inside.
    expect(inDomain('exchange-rate', '7.1268', 'usdCny').ok).toBe(true);
  });

  it('name the domain of each parameter by its path', () => {
    expect(paramDomain('compound', 'cagr')).toBe('rate');
    expect(paramDomain('compound', 'baseValue')).toBe('value');
    expect(paramDomain('compound', 'baseYear')).toBe('year');
    expect(paramDomain('anchored', 'anchors.3.low')).toBe('value');
    expect(paramDomain('anchored', 'anchors.0.year')).toBe('year');
    expect(paramDomain('anchored', 'rateAfter')).toBe('rate');
    expect(paramDomain('logistic', 'midpoint')).toBe('midpoint');
    expect(paramDomain('logistic', 'steepness')).toBe('steepness');
    expect(paramDomain('logistic', 'cagr')).toBeUndefined();
    expect(paramDomain('compound', 'anchors.0.low')).toBeUndefined();
    expect(paramDomain('anchored', 'low')).toBeUndefined();
  });

  it("hold every number of the report's base models", () => {
    for (const series of reportData().series) if (series.baseModel) expect(checkModelDomains(series.baseModel).ok, series.id).toBe(true);
  });

  it('find the first number of a model outside its domain, anchors included', () => {
    const model: ForecastModel = {
      type: 'anchored',
      anchors: [
        { year: 2024, low: '1e10' },
        { year: 2025, low: '2e10', high: '1e400' },
      ],
      through: 'mid',
      rateBefore: '1',
      rateAfter: '0.3',
    };
    const checked = checkModelDomains(model);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.field).toBe('anchors.1.high');
  });
});
