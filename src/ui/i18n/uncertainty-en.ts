import type { Widen } from './widen';

/**
 * The words of the uncertainty views (the fan's key, the tornado, the simulation's options, a range's
 * reading, the chance line) in English. Only those views, loaded the first time a scenario has a range,
 * use them, so they are not in the page's first load. uncertainty-zh.ts provides the same keys.
 */
export const uncertaintyEn = {
  readAs: {
    'lognormal-growth': (median: string) => `Read as a 90% interval, lognormal on 1 + g; median ${median}`,
    lognormal: (median: string) => `Read as a 90% interval, lognormal; median ${median}`,
    normal: (median: string) => `Read as a 90% interval, normal; median ${median}`,
  },
  clearRange: (label: string) => `Clear the range of ${label}`,
  simulating: 'Simulating…',
  key: (name: string, samples: string) => `Shaded: 50% and 90% of ${samples} simulated paths of ${name}; dotted: their median.`,
  timing: (samples: string, ms: string) => `${samples} paths in ${ms} ms`,
  samples: 'Paths',
  seed: 'Seed',
  reroll: 'Re-roll',
  rerollHint: 'Draw a new set of random paths',
  tornadoTitle: 'What moves the result most',
  tornadoYear: 'Year',
  tornadoDescription: (series: string, year: number) => `${series} in ${year} with each uncertain assumption at the 5% and the 95% end of its range, the others held at their values in force.`,
  lowEnd: 'assumption at its 5% end',
  highEnd: 'at its 95% end',
  noEffect: 'no effect in this year',
  base: (value: string) => `in force ${value}`,
  anchorLabel: (index: number, year: number) => `Anchor ${index} (${year})`,
  chance: (series: string, target: string, year: number, percent: string) => `Chance that ${series} exceeds ${target} in ${year}: ${percent}`,
  failed: (reason: string) => `The simulation could not run: ${reason}`,
};

export type UncertaintyMessages = Widen<typeof uncertaintyEn>;
