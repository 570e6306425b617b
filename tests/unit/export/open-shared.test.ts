import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { BASE_ID } from '../../../src/state';
import { addImported, openShared } from '../../../src/ui/exchange/open-shared';
import { shareState } from '../../../src/ui/exchange/share-state';
import { noticeText } from '../../../src/ui/exchange/NoticeMessage';
import { isErrorNotice } from '../../../src/ui/shared/notice';
import { exchangeCatalogues } from '../../../src/ui/i18n/exchange';
import { freshStore, inputOf, VIDEO } from './fixtures';

/** A link made in a store of its own: the base and one changed scenario compared, the second in focus, years to 2036 in USD. */
function sharedLink() {
  const sender = freshStore('zh');
  const id = sender.getState().createScenario('我的情景');
  sender.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.55' });
  sender.getState().commit((doc) => ({ ...doc, compared: [BASE_ID, id], focusId: id }));
  return decodeShareFragment(encodeShareFragment(shareState(inputOf(sender, { yearTo: 2036, currency: 'USD', theme: 'dark' }))));
}

describe('opening a shared link', () => {
  it('adds only the scenarios the reader does not have (never a copy of the base) and compares exactly the link’s', () => {
    const store = freshStore('en');
    const own = store.getState().doc.scenarios;
    const notice = openShared(store, sharedLink());
    // The link's base (named in Chinese) is the reader's base: recognised by its content, not copied.
    expect(notice).toEqual({ kind: 'shared', count: 1, present: 1 });
    const { doc } = store.getState();
    // The reader's own as they were, but for their ready-made names, now in the link's language (below).
    expect(doc.scenarios.slice(0, own.length).map(({ name: _, description: __, ...rest }) => rest)).toEqual(own.map(({ name: _, description: __, ...rest }) => rest));
    expect(doc.scenarios.slice(own.length).map((s) => [s.name, s.origin, s.readOnly])).toEqual([['我的情景', 'import', false]]);
    expect(doc.compared).toEqual([BASE_ID, doc.scenarios.at(-1)!.id]);
    expect(doc.focusId).toBe(doc.scenarios.at(-1)!.id);
  });

  it('opened twice, adds nothing the second time', () => {
    const store = freshStore('en');
    openShared(store, sharedLink());
    const after = store.getState().doc.scenarios;
    expect(openShared(store, sharedLink())).toEqual({ kind: 'shared', count: 0, present: 2 });
    expect(store.getState().doc.scenarios).toEqual(after);
  });

  it('applies the shared view, language included, but not the sender’s theme', () => {
    const store = freshStore('en');
    openShared(store, sharedLink());
    expect(store.getState().settings).toMatchObject({ lang: 'zh', yearTo: 2036, currency: 'USD', theme: 'light' });
  });

  it('names the reader’s own ready-made scenarios in the link’s language, as a switch of language would, in the same undo step (found by use: “Report base case” on a Chinese page)', () => {
    const store = freshStore('en');
    const own = store.getState().doc.scenarios;
    expect(own[0]!.name).toBe('Report base case');
    openShared(store, sharedLink());
    const names = store.getState().doc.scenarios.map((s) => s.name);
    expect(names[0]).toBe('报告基准');
    // Every ready-made one the reader had is in Chinese now (their names from src/state/presets.ts); the link's own as sent.
    expect(names.slice(0, own.length).filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
    expect(names.at(-1)).toBe('我的情景');
    // Undone with the link's scenarios (the language is no undo step: a switch of it never was).
    store.getState().undo();
    expect(store.getState().doc.scenarios).toEqual(own);
  });

  it('brings the sender’s unit style with the view (万/亿 from a Chinese sender), as it brings the language', () => {
    const store = freshStore('en');
    openShared(store, sharedLink());
    expect(store.getState().settings.unitStyle).toBe('wan');
  });

  it('refuses a view whose years lie outside 2000–2100 with a message, keeping the reader’s years and taking the rest', () => {
    const store = freshStore('en');
    const link = sharedLink();
    if (!link.ok || !link.view?.settings) throw new Error('the sample link did not open');
    // A hand-edited link: 1995 passes the file format's years (1990–2100) but not the plausible 2000–2100.
    const edited = { ...link, view: { ...link.view, settings: { ...link.view.settings, yearFrom: 1995 } } };
    const notice = openShared(store, edited);
    // The link's base is the reader's own base (never copied), so one scenario is new and one already here.
    expect(notice).toEqual({ kind: 'shared', count: 1, present: 1, yearsRefused: true });
    expect(store.getState().settings).toMatchObject({ lang: 'zh', currency: 'USD', yearFrom: 2022, yearTo: 2032 });
    expect(noticeText(notice, exchangeCatalogues.en)).toBe(
      'Opened 1 shared scenario beside your own. 1 was one you already had, so it was not copied again. Its years lie outside 2000–2100, so the chart keeps your years.',
    );
    expect(noticeText(notice, exchangeCatalogues.zh)).toContain('链接中的年份不在2000—2100年之间');
    // A refusal stays on screen until dismissed; a plain "opened" fades.
    expect(isErrorNotice(notice)).toBe(true);
    expect(isErrorNotice({ kind: 'shared', count: 1, present: 1 })).toBe(false);
  });

  it('changes nothing when the link is refused', () => {
    const store = freshStore('en');
    const before = store.getState();
    const notice = openShared(store, decodeShareFragment('s1.AAAA'));
    expect(notice).toMatchObject({ kind: 'import-error', from: 'link' });
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().settings).toBe(before.settings);
  });

  it('in an embed, shows the link’s scenarios alone under their own names, with its theme', () => {
    const store = freshStore('en');
    openShared(store, sharedLink(), { embed: true });
    const { doc, settings } = store.getState();
    expect(doc.scenarios.map((s) => s.name)).toEqual(['报告基准', '我的情景']);
    expect(doc.compared).toEqual(doc.scenarios.map((s) => s.id));
    expect(settings.theme).toBe('dark');
  });

  it('in an embed, each scenario keeps the colour it has on the sender’s page and slides (found by use: given by place)', () => {
    const link = sharedLink();
    const sent = link.ok ? link.scenarios.map((s) => s.colorIndex) : [];
    // The sender's base has colour 0; its new scenario the first colour its ready-made ones leave free, not 1.
    expect(sent[0]).toBe(0);
    expect(sent[1]).not.toBe(1);
    const store = freshStore('en');
    openShared(store, link, { embed: true });
    expect(store.getState().doc.scenarios.map((s) => s.colorIndex)).toEqual(sent);
  });
});

describe('importing a file', () => {
  it('adds the scenarios the reader does not have beside the user’s own and says how many of each', () => {
    const store = freshStore('en');
    const before = store.getState().doc.scenarios.length;
    expect(addImported(store, sharedLink())).toEqual({ kind: 'imported', count: 1, present: 1 });
    expect(store.getState().doc.scenarios).toHaveLength(before + 1);
    expect(store.getState().settings.lang).toBe('en');
  });

  it('changes nothing when the file is refused', () => {
    const store = freshStore('en');
    const doc = store.getState().doc;
    expect(addImported(store, { ok: false, error: 'truncated', detail: 'cut' })).toEqual({ kind: 'import-error', error: 'truncated', from: 'file' });
    expect(store.getState().doc).toBe(doc);
  });
});
