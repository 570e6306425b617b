import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { createAppStore } from '../../../src/state';

const store = () => createAppStore({ series: reportData().series, lang: 'en' });

describe('a language switch and the names the app gave', () => {
  it('a language that arrives with a link or file (setSettings) renames nothing', () => {
    const s = store();
    s.getState().setSettings({ lang: 'zh' });
    expect(s.getState().doc.scenarios[0]!.name).toBe('Report base case');
  });

  it('ready-made scenarios still called what the app called them take the new language’s names', () => {
    const s = store();
    s.getState().switchLanguage('zh');
    const names = s.getState().doc.scenarios.map((x) => x.name);
    // The zh names of presets.ts, written out here by hand.
    expect(names).toEqual(['报告基准', '网民：区间下限', '网民：区间上限', '文生视频：信基数与增速', '文生视频：信终值与增速']);
    expect(s.getState().doc.scenarios[0]!.description).toMatch(/^报告数字的直接读法/);
    s.getState().switchLanguage('en');
    expect(s.getState().doc.scenarios[1]!.name).toBe('Users: low end of range');
  });

  it('a name the user typed stays as typed, and the switch is not an undo step', () => {
    const s = store();
    const id = s.getState().doc.scenarios[1]!.id;
    s.getState().renameScenario(id, 'Users: my reading');
    const steps = s.getState().past.length;
    s.getState().switchLanguage('zh');
    expect(s.getState().doc.scenarios[1]!.name).toBe('Users: my reading');
    expect(s.getState().past.length).toBe(steps);
  });
});

describe('a page opened in the language its saved work was left in', () => {
  it('still names what the app gave in that language, whichever language another tab last wrote them in', () => {
    const s = store();
    // Saved work whose language is Chinese but whose ready-made scenarios an English tab last wrote: the page's
    // start (main.tsx) switches to its own language, which renames them even when the language is the same.
    s.getState().setSettings({ lang: 'zh' });
    s.getState().switchLanguage('zh');
    expect(s.getState().doc.scenarios.map((x) => x.name).slice(0, 2)).toEqual(['报告基准', '网民：区间下限']);
  });
});
