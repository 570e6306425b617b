import { useCallback, useEffect, useRef, useState } from 'react';
import { usePage, useT } from '../shared';
import './exchange.css';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** "Import…" opens a file picker; a file dropped anywhere on the page comes in the same way. */
export function ImportButton() {
  const t = useT();
  const showNotice = usePage((s) => s.showNotice);
  const askBeforeAdding = usePage((s) => s.askBeforeAdding);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const importFile = useCallback(
    // The door and what it reads PNG and SVG with load on the first import, not with the page; a file
    // that cannot be read, or a door that cannot be loaded, is told as a file that cannot be read.
    (file: File) =>
      import('./import-file')
        .then((m) => m.importFile(file, { showNotice, askBeforeAdding }))
        .catch(() => showNotice({ kind: 'import-error', error: 'malformed', from: 'file' })),
    [showNotice, askBeforeAdding],
  );

  useEffect(() => {
    // Enter and leave fire for every child crossed; a count says when the drag has left the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFile]);

  return (
    <>
      <button type="button" className="button" onClick={() => picker.current?.click()} title={t.exchange.importHint} data-testid="import">
        ⇪ {t.exchange.import}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,.png,.svg,application/json,image/png,image/svg+xml"
        hidden
        aria-label={t.exchange.importHint}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again imports it again.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>{t.exchange.dropHere}</p>
        </div>
      )}
    </>
  );
}
