import { readFileBytes } from '../../io/read-file';
import { importBytes } from '../../io/import-door';
import type { PageState } from '../shared';

// The import door refuses more than this anyway; a larger file is not even read into memory.
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A file chosen or dropped on the page, through the import door. Loaded with the door on the first
 * import, not with the page (ImportButton). Accepted: shown first, added only on the user's Add
 * (ImportPreview). Refused: said why, with the series at fault when one is (NoticeMessage).
 */
export async function importFile(file: File, { showNotice, askBeforeAdding }: Pick<PageState, 'showNotice' | 'askBeforeAdding'>): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return showNotice({ kind: 'import-error', error: 'too-large', from: 'file' });
  const result = importBytes(await readFileBytes(file), file.name);
  if (result.ok) askBeforeAdding({ ...result, from: 'file', fileName: file.name });
  else showNotice({ ...result, kind: 'import-error', from: 'file' });
}
