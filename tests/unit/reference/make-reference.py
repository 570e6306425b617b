#!/usr/bin/env python3
"""
The forecast engine's expected values, computed a second way.

The engine (src/model) runs on decimal.js at 34 significant digits and walks paths year by year
(one power, then a multiplication a year). This script uses only Python's standard `decimal`
module at 40 digits and the closed forms, each point on its own:

  compound   value(t) = base * exp(ln(1 + r) * (t - t0))
  anchored   value(t) = a * exp(ln(b / a) * (t - ta) / (tb - ta)) inside a segment [ta, tb],
             first * exp(ln(1 + before) * (t - t_first)) before it, last * exp(ln(1 + after) * ...) after it
  logistic   value(t) = K / (1 + exp(-k * (t - m)))
  fit        least squares of y = ln(K / v - 1) on t:  k = -Sxy / Sxx,  m = mean(t) + mean(y) / k
  CAGR       exp(ln(v1 / v0) / (t1 - t0)) - 1
  doubling   ln 2 / ln(1 + r)
  crossing   first whole year at or above the target; exact year = t - 1 + ln(target / v(t-1)) / ln(v(t) / v(t-1))

Every input comes from fixtures/report-figures.json or /work/shared/report/figures.md
(万联证券, 2024-06-28), or is an edge case named as such.

Run from the repository root:  python3 tests/unit/reference/make-reference.py
It writes tests/unit/reference/reference.json (values as plain decimal strings).
Both files are checked in: the tests read the JSON, this script says where each number came from.
"""

import json
import os
from decimal import Decimal as D, getcontext

getcontext().prec = 40

ONE = D(1)


def s(x):
    """A plain decimal string (no exponent) at the context's 40 digits."""
    return '{:f}'.format(+x)


def power(x, y):
    """x ** y for a positive x: exact multiplication for whole exponents, exp(ln(x) * y) otherwise."""
    if isinstance(y, int):
        return x ** y
    return (x.ln() * D(y)).exp()


def years(start, end):
    return range(start, end + 1)


# --- compound ------------------------------------------------------------------------------------

def compound_values(base_year, base_value, cagr, start, end):
    base, factor = D(base_value), ONE + D(cagr)
    return [{'year': t, 'value': s(base * power(factor, t - base_year))} for t in years(start, end)]


COMPOUND = {
    # figures.md, text-to-video: 720万美元 in 2023 growing at the stated 56.6% (the audit's "trust base and rate").
    't2v-base-and-rate': dict(baseYear=2023, baseValue='7200000', cagr='0.566', range=(2022, 2040)),
    # figures.md, text-to-video: 22.19亿美元 in 2030 at 56.6%, back and forward (the audit's "trust end and rate").
    't2v-end-and-rate': dict(baseYear=2030, baseValue='2219000000', cagr='0.566', range=(2022, 2040)),
    # Edge case: a decline of 25 % a year, base year inside the range.
    'decline-25pc': dict(baseYear=2025, baseValue='1000', cagr='-0.25', range=(2020, 2035)),
    # Edge case: a base year after the range and the longest horizon allowed (100 years).
    'base-after-range-100y': dict(baseYear=2100, baseValue='5000000000', cagr='0.07', range=(2000, 2100)),
    # Edge case: no growth.
    'flat': dict(baseYear=2024, baseValue='123.456', cagr='0', range=(2022, 2030)),
    # Edge case: a tiny rate, where 1 + r needs every digit.
    'tiny-rate': dict(baseYear=2022, baseValue='1', cagr='0.000000001', range=(2022, 2040)),
}


def compound_cases():
    out = {}
    for name, c in COMPOUND.items():
        start, end = c['range']
        out[name] = {
            'model': {'type': 'compound', 'baseYear': c['baseYear'], 'baseValue': c['baseValue'], 'cagr': c['cagr']},
            'range': {'from': start, 'to': end},
            'points': compound_values(c['baseYear'], c['baseValue'], c['cagr'], start, end),
        }
    return out


# --- anchored (log-linear between anchors) -------------------------------------------------------

def picked(anchor, through):
    low = D(anchor['low'])
    high = D(anchor.get('high', anchor['low']))
    if through == 'low':
        return low
    if through == 'high':
        return high
    return (low * high).sqrt()


def anchored_value(anchors, through, before, after, t):
    levels = [(a['year'], picked(a, through)) for a in anchors]
    first_year, first = levels[0]
    last_year, last = levels[-1]
    if t < first_year:
        return first * power(ONE + D(before), t - first_year)
    if t >= last_year:
        return last * power(ONE + D(after), t - last_year)
    for (ta, va), (tb, vb) in zip(levels, levels[1:]):
        if ta <= t < tb:
            if t == ta:
                return va
            return va * power(vb / va, D(t - ta) / D(tb - ta))
    raise AssertionError('unreachable')


USERS_ANCHORS = [
    # figures.md, text-to-image participating netizens: 约有1000万 (2022), 5000万 (end of 2023),
    # 1.5至3亿 (2024-2025, read at its last year), 可能达到5亿 (2026-2027, read at its last year).
    {'year': 2022, 'low': '10000000'},
    {'year': 2023, 'low': '50000000'},
    {'year': 2025, 'low': '150000000', 'high': '300000000'},
    {'year': 2027, 'low': '500000000'},
]

ANCHORED = {
    # fixtures/report-figures.json, t2i-market-cn baseModel: 百亿内 (2024), 突破200亿 (2025), 接近千亿 (2027).
    't2i-market-base': dict(
        anchors=[{'year': 2024, 'low': '10000000000'}, {'year': 2025, 'low': '20000000000'}, {'year': 2027, 'low': '100000000000'}],
        through='mid', rateBefore='1', rateAfter='0.3', range=(2022, 2040)),
    # fixtures/report-figures.json, t2v-revenue-global baseModel: 720万美元 (2023) to 22.19亿美元 (2030), 56.6% outside.
    't2v-base': dict(
        anchors=[{'year': 2023, 'low': '7200000'}, {'year': 2030, 'low': '2219000000'}],
        through='mid', rateBefore='0.566', rateAfter='0.566', range=(2022, 2040)),
    # The users figures with the 1.5至3亿 range read at each end and at its geometric middle.
    'users-through-low': dict(anchors=USERS_ANCHORS, through='low', rateBefore='0.5', rateAfter='0.1', range=(2020, 2035)),
    'users-through-mid': dict(anchors=USERS_ANCHORS, through='mid', rateBefore='0.5', rateAfter='0.1', range=(2020, 2035)),
    'users-through-high': dict(anchors=USERS_ANCHORS, through='high', rateBefore='0.5', rateAfter='0.1', range=(2020, 2035)),
    # Edge case: a range that starts inside the second segment.
    'users-mid-from-2024': dict(anchors=USERS_ANCHORS, through='mid', rateBefore='0.5', rateAfter='0.1', range=(2024, 2030)),
    # Edge case: a single anchor that is a range, a shrinking rate after it.
    'single-range-anchor': dict(
        anchors=[{'year': 2025, 'low': '150000000', 'high': '300000000'}],
        through='mid', rateBefore='0.2', rateAfter='-0.1', range=(2020, 2030)),
    # Edge case: a range that lies wholly before the first anchor.
    'all-before-first-anchor': dict(
        anchors=[{'year': 2030, 'low': '1000'}, {'year': 2035, 'low': '5000'}],
        through='low', rateBefore='0.15', rateAfter='0', range=(2010, 2020)),
}


def anchored_cases():
    out = {}
    for name, c in ANCHORED.items():
        start, end = c['range']
        out[name] = {
            'model': {'type': 'anchored', 'anchors': c['anchors'], 'through': c['through'],
                      'rateBefore': c['rateBefore'], 'rateAfter': c['rateAfter']},
            'range': {'from': start, 'to': end},
            'points': [{'year': t, 'value': s(anchored_value(c['anchors'], c['through'], c['rateBefore'], c['rateAfter'], t))}
                       for t in years(start, end)],
        }
    return out


# --- logistic ------------------------------------------------------------------------------------

def logistic_value(ceiling, midpoint, steepness, t):
    return D(ceiling) / (ONE + (-D(steepness) * (D(t) - D(midpoint))).exp())


LOGISTIC = {
    # fixtures/report-figures.json, t2i-users-cn baseModel (stored rounded): ceiling = CNNIC's 10.92亿 netizens.
    'users-base': dict(ceiling='1092000000', midpoint='2026.932', steepness='0.8680', range=(2022, 2040)),
    # Edge case: a gentle curve over the longest horizon, fractional midpoint.
    'gentle-100y': dict(ceiling='1000000000', midpoint='2030.5', steepness='0.05', range=(1995, 2095)),
    # Edge case: a steep curve.
    'steep': dict(ceiling='250', midpoint='2025', steepness='2.5', range=(2015, 2035)),
}


def logistic_cases():
    out = {}
    for name, c in LOGISTIC.items():
        start, end = c['range']
        out[name] = {
            'model': {'type': 'logistic', 'ceiling': c['ceiling'], 'midpoint': c['midpoint'], 'steepness': c['steepness']},
            'range': {'from': start, 'to': end},
            'points': [{'year': t, 'value': s(logistic_value(c['ceiling'], c['midpoint'], c['steepness'], t))}
                       for t in years(start, end)],
        }
    return out


# --- the logistic fit ----------------------------------------------------------------------------

CHINA_NETIZENS = '1092000000'  # fixtures/report-figures.json assumptions.chinaNetizens (CNNIC, Dec 2023)


def fit(points, ceiling):
    K = D(ceiling)
    xs = [D(p['year']) for p in points]
    vs = [D(p['value']) for p in points]
    ys = [(K / v - 1).ln() for v in vs]
    n = D(len(xs))
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    k = -sxy / sxx
    m = mx + my / k
    # How far, in log terms, the fitted curve misses the anchors.
    sq = sum(((K / (1 + (-k * (x - m)).exp())).ln() - v.ln()) ** 2 for x, v in zip(xs, vs))
    return {'midpoint': s(m), 'steepness': s(k), 'logRmse': s((sq / n).sqrt())}


def users_points(end):
    mid = (D(150000000) * D(300000000)).sqrt()
    v2025 = {'low': D(150000000), 'mid': mid, 'high': D(300000000)}[end]
    return [
        {'year': 2022, 'value': '10000000'},
        {'year': 2023, 'value': '50000000'},
        {'year': 2025, 'value': s(v2025)},
        {'year': 2027, 'value': '500000000'},
    ]


def fit_cases():
    out = {}
    for end in ('low', 'mid', 'high'):
        pts = users_points(end)
        out['users-2025-at-' + end] = {'points': pts, 'ceiling': CHINA_NETIZENS, **fit(pts, CHINA_NETIZENS)}
    return out


# --- solvers -------------------------------------------------------------------------------------

def cagr(v0, t0, v1, t1):
    return power(D(v1) / D(v0), ONE / D(t1 - t0)) - 1


IMPLIED = {
    # figures.md: 720万美元 (2023) to 22.19亿美元 (2030).
    't2v-2023-2030': ((2023, '7200000'), (2030, '2219000000')),
    # figures.md: 百亿 (2024) to 千亿 (2027), the bounds read as points: 10^(1/3) - 1.
    't2i-market-2024-2027': ((2024, '10000000000'), (2027, '100000000000')),
    # figures.md: 约1000万 (2022) to 5000万 (2023): exactly 400 %.
    't2i-users-2022-2023': ((2022, '10000000'), (2023, '50000000')),
    # Edge case: halving over five years.
    'halving-5y': ((2020, '100'), (2025, '50')),
    # Edge case: the two levels given latest first.
    't2v-latest-first': ((2030, '2219000000'), (2023, '7200000')),
}

DOUBLING = {
    'stated-t2v-cagr': '0.566',  # figures.md: 56.6%
    'doubling-each-year': '1',
    'seven-percent': '0.07',
    'one-in-a-million': '0.000001',
    't2i-after-2027': '0.3',  # fixtures: the app's 30 % after 2027
}


def solver_cases():
    implied = {}
    for name, ((t0, v0), (t1, v1)) in IMPLIED.items():
        implied[name] = {'from': {'year': t0, 'value': v0}, 'to': {'year': t1, 'value': v1}, 'cagr': s(cagr(v0, t0, v1, t1))}
    doubling = {name: {'cagr': r, 'years': s(D(2).ln() / (ONE + D(r)).ln())} for name, r in DOUBLING.items()}
    return implied, doubling


def crossing(values_by_year, target):
    target = D(target)
    ys = sorted(values_by_year)
    for i, t in enumerate(ys):
        v = values_by_year[t]
        if v >= target:
            if i == 0:
                return {'year': t, 'exactYear': s(D(t))}
            prev = values_by_year[ys[i - 1]]
            return {'year': t, 'exactYear': s(D(ys[i - 1]) + (target / prev).ln() / (v / prev).ln())}
    return None


def crossing_cases():
    out = {}
    # 56.6 % from 720万美元: when does it pass $1 billion? For a compound path the log-linear
    # exact year is also the closed form 2023 + ln(1e9 / 7.2e6) / ln(1.566).
    c = COMPOUND['t2v-base-and-rate']
    vals = {t: D(c['baseValue']) * power(ONE + D(c['cagr']), t - c['baseYear']) for t in years(2023, 2040)}
    hit = crossing(vals, '1000000000')
    closed = D(2023) + (D(1000000000) / D(7200000)).ln() / D('1.566').ln()
    assert abs(D(hit['exactYear']) - closed) < D('1e-30')
    out['t2v-base-and-rate-passes-1B'] = {'path': 'compound/t2v-base-and-rate', 'range': {'from': 2023, 'to': 2040},
                                          'target': '1000000000', **hit}
    # The users S-curve (fixture) passes 5亿: log-linear between its 2026 and 2027 values.
    L = LOGISTIC['users-base']
    vals = {t: logistic_value(L['ceiling'], L['midpoint'], L['steepness'], t) for t in years(2022, 2040)}
    out['users-base-passes-500M'] = {'path': 'logistic/users-base', 'range': {'from': 2022, 'to': 2040},
                                     'target': '500000000', **crossing(vals, '500000000')}
    # The market base path passes 500亿 inside its 2025-2027 segment; log-linear inside a segment
    # makes the exact year 2025 + 2 * ln(2.5) / ln(5).
    A = ANCHORED['t2i-market-base']
    vals = {t: anchored_value(A['anchors'], A['through'], A['rateBefore'], A['rateAfter'], t) for t in years(2022, 2040)}
    hit = crossing(vals, '50000000000')
    closed = D(2025) + 2 * D('2.5').ln() / D(5).ln()
    assert abs(D(hit['exactYear']) - closed) < D('1e-30')
    out['t2i-market-base-passes-50B'] = {'path': 'anchored/t2i-market-base', 'range': {'from': 2022, 'to': 2040},
                                         'target': '50000000000', **hit}
    # Edge case: already above the target in the first year.
    out['t2i-market-base-already-above-1B'] = {'path': 'anchored/t2i-market-base', 'range': {'from': 2022, 'to': 2040},
                                               'target': '1000000000', **crossing(vals, '1000000000')}
    return out


# --- units ---------------------------------------------------------------------------------------

USD_CNY = D('7.1268')  # fixtures: PBOC central parity, 2024-06-28


def convert_cases():
    return {
        # 22.19亿美元 in RMB.
        't2v-2030-in-cny': {'value': '2219000000', 'from': 'USD', 'to': 'CNY', 'result': s(D(2219000000) * USD_CNY)},
        # 720万美元 in RMB.
        't2v-2023-in-cny': {'value': '7200000', 'from': 'USD', 'to': 'CNY', 'result': s(D(7200000) * USD_CNY)},
        # 接近千亿 RMB in USD.
        't2i-2027-in-usd': {'value': '100000000000', 'from': 'CNY', 'to': 'USD', 'result': s(D(100000000000) / USD_CNY)},
        # 突破200亿 RMB in USD.
        't2i-2025-in-usd': {'value': '20000000000', 'from': 'CNY', 'to': 'USD', 'result': s(D(20000000000) / USD_CNY)},
    }


# --- audit ---------------------------------------------------------------------------------------

def audit_t2v():
    # figures.md, text-to-video: 720万美元 (2023), 22.19亿美元 (2030), CAGR 56.6% over 2024-2030.
    base, end, rate = D(7200000), D(2219000000), D('0.566')
    factor = ONE + rate
    end_from_base = base * power(factor, 7)
    return {
        'base': {'year': 2023, 'value': '7200000'},
        'end': {'year': 2030, 'value': '2219000000'},
        'rate': {'from': 2024, 'to': 2030, 'value': '0.566'},
        # The CAGR the two amounts imply over 2023-2030 (7 years).
        'impliedRate': s(cagr(base, 2023, end, 2030)),
        # 2030 from 720万美元 at 56.6% for 7 years.
        'endFromBase': s(end_from_base),
        # How many times too large 22.19亿 is for the base and the rate.
        'endRatio': s(end / end_from_base),
        # 2023 back from 22.19亿美元 at 56.6% (7 years).
        'baseFromEnd': s(end / power(factor, 7)),
        # 2024, the start of the stated CAGR's period, back from 22.19亿美元 at 56.6% (6 years).
        'rateStartFromEnd': s(end / power(factor, 6)),
    }


def growth_pair(series, from_, to_):
    """
    The slowest and fastest yearly growth two figures allow, read by their wording:
    an upper bound has no low end, a lower bound no high end; approximate, point and
    conditional figures are read as points; a range spanning years is read at its last year.
    Slowest = from its highest to the other's lowest; fastest = from its lowest to the other's highest.
    """
    (t0, lo0, hi0), (t1, lo1, hi1) = from_, to_
    lo = None if hi0 is None or lo1 is None else s(cagr(hi0, t0, lo1, t1))
    hi = None if lo0 is None or hi1 is None else s(cagr(lo0, t0, hi1, t1))
    return {'series': series, 'fromYear': t0, 'toYear': t1, 'min': lo, 'max': hi}


def audit_t2i():
    # figures.md, text-to-image market: 百亿人民币内 (2024, at most), 突破200亿 (2025, more than), 接近千亿 (2027, close to).
    m2024 = (2024, None, D(10000000000))
    m2025 = (2025, D(20000000000), None)
    m2027 = (2027, D(100000000000), D(100000000000))
    # figures.md, netizens: 约1000万 (2022), 5000万 (2023), 1.5至3亿 (2024-2025), 可能达到5亿 (2026-2027).
    u2022 = (2022, D(10000000), D(10000000))
    u2023 = (2023, D(50000000), D(50000000))
    u2025 = (2025, D(150000000), D(300000000))
    u2027 = (2027, D(500000000), D(500000000))
    return [
        growth_pair('t2i-market-cn', m2024, m2025),
        growth_pair('t2i-market-cn', m2025, m2027),
        growth_pair('t2i-market-cn', m2024, m2027),
        growth_pair('t2i-users-cn', u2022, u2023),
        growth_pair('t2i-users-cn', u2023, u2025),
        growth_pair('t2i-users-cn', u2025, u2027),
        growth_pair('t2i-users-cn', u2022, u2027),
    ]


def main():
    implied, doubling = solver_cases()
    reference = {
        'about': 'Written by tests/unit/reference/make-reference.py (Python decimal, 40 digits). Do not edit by hand.',
        'precision': getcontext().prec,
        'compound': compound_cases(),
        'anchored': anchored_cases(),
        'logistic': logistic_cases(),
        'fit': fit_cases(),
        'impliedCagr': implied,
        'doublingTime': doubling,
        'crossing': crossing_cases(),
        'convert': convert_cases(),
        'audit': {'t2vConflict': audit_t2v(), 'impliedGrowth': audit_t2i()},
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reference.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(reference, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', path)


if __name__ == '__main__':
    main()
