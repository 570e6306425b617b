import { useCallback, useEffect, useRef, useState } from 'react';
import { readFileBytes } from '../../io/read-file';
import { usePage, useT } from '../shared';
import './exchange.css';

// The import door refuses more than this anyway; a larger file is not even read into memory.
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** "Import…" opens a file picker; a file dropped anywhere on the page comes in the same way. */
export function ImportButton() {
  const t = useT();
  const showNotice = usePage((s) => s.showNotice);
  const askBeforeAdding = usePage((s) => s.askBeforeAdding);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        showNotice({ kind: 'import-error', error: 'too-large', from: 'file' });
        return;
      }
      try {
        // The import door and what it reads PNG and SVG with load on the first import, not with the page.
        const [bytes, door] = await Promise.all([readFileBytes(file), import('../../io/import-door')]);
        const result = door.importBytes(bytes, file.name);
        // Accepted: shown first, added only on the user's Add (ImportPreview). Refused: said why.
        if (result.ok) askBeforeAdding({ ...result, from: 'file', fileName: file.name });
        else showNotice({ kind: 'import-error', error: result.error, from: 'file' });
      } catch {
        showNotice({ kind: 'import-error', error: 'malformed', from: 'file' });
      }
    },
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
