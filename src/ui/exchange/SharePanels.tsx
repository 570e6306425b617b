import { useId, useState } from 'react';
import { copyText } from '../../io/clipboard';
import { useExchangeText } from './use-exchange-text';
import { usePage, type Notice } from '../shared';
import { EMBED_SIZES, embedSnippet, type FrameSize } from './share-state';

async function copy(text: string, what: 'link' | 'code', showNotice: (notice: Notice) => void): Promise<void> {
  const result = await copyText(text);
  showNotice(result.ok ? { kind: 'copied', what } : { kind: 'clipboard', reason: 'text' });
}

/** The share link in a read-only box (selected on focus, for a manual copy) with a Copy button. */
export function LinkPanel({ url, count, testId }: { url: string; count: number; testId: string }) {
  const x = useExchangeText();
  const showNotice = usePage((s) => s.showNotice);
  const id = useId();
  return (
    <div className="export-menu__panel" data-testid={testId}>
      <label htmlFor={id}>{x.linkLabel}</label>
      <div className="export-menu__row">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
        <button type="button" className="button" onClick={() => void copy(url, 'link', showNotice)}>
          {x.copy}
        </button>
      </div>
      <p className="hint">{x.linkHint(count)}</p>
    </div>
  );
}

/** The <iframe> code for a page, at a chosen frame size, with a Copy button. */
export function EmbedPanel({ src, title }: { src: string; title: string }) {
  const x = useExchangeText();
  const showNotice = usePage((s) => s.showNotice);
  const id = useId();
  const [size, setSize] = useState<FrameSize>(EMBED_SIZES[1]!);
  const code = embedSnippet(src, size, title);
  return (
    <div className="export-menu__panel" data-testid="embed-panel">
      <fieldset className="export-menu__sizes">
        <legend>{x.embedSize}</legend>
        {EMBED_SIZES.map((s) => (
          <label key={`${s.width}x${s.height}`}>
            <input type="radio" name={`${id}-size`} checked={s === size} onChange={() => setSize(s)} />
            {s.width.endsWith('%') ? s.width : `${s.width}`}×{s.height}
          </label>
        ))}
      </fieldset>
      <label htmlFor={id}>{x.embedLabel}</label>
      <textarea id={id} readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} data-testid="embed-code" />
      <div className="export-menu__row">
        <button type="button" className="button" onClick={() => void copy(code, 'code', showNotice)}>
          {x.copy}
        </button>
        <a href={src} target="_blank" rel="noopener" className="button button--quiet">
          {x.preview}
        </a>
      </div>
    </div>
  );
}
