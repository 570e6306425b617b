// Opens a file in LibreOffice Calc, headless, and reads its cells back (not a test file: the runner
// loads *.e2e.mjs only). Calc converts the file to flat ODS (.fods), whose XML says of each cell whether
// Calc took it for a number (office:value-type="float", with office:value) or text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Calc's import filters: comma- and tab-separated UTF-8 with a header line, and an HTML table. */
export const CALC_FILTERS = { csv: 'CSV:44,34,76,1', tsv: 'CSV:9,34,76,1', html: 'HTML (StarCalc)' };

/**
 * The cells of the first sheet as Calc reads `file`, a row per line: a number for a float cell, a string
 * for text, '' for an empty cell.
 * @param {string} file @param {string} filter one of CALC_FILTERS
 * @returns {(number | string)[][]}
 */
export function calcCells(file, filter) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-calc-'));
  try {
    // A profile of its own: another soffice running on the machine would otherwise take the conversion.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', dir, file],
      { stdio: 'pipe', timeout: 60_000 },
    );
    const fods = fs.readFileSync(path.join(dir, `${path.parse(file).name}.fods`), 'utf8');
    const table = fods.slice(fods.indexOf('<table:table '), fods.indexOf('</table:table>'));
    return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) => {
      /** @type {(number | string)[]} */
      const cells = [];
      for (const cell of row[1].matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
        const attributes = cell[1];
        const repeat = Number(attributes.match(/table:number-columns-repeated="(\d+)"/)?.[1] ?? 1);
        const type = attributes.match(/office:value-type="(\w+)"/)?.[1];
        const value =
          type === 'float'
            ? Number(attributes.match(/office:value="([^"]*)"/)?.[1])
            : type
              ? [...(cell[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => unescapeXml(p[1].replace(/<[^>]+>/g, ''))).join('\n')
              : '';
        // A row's trailing empty cells are written as one repeated cell: not part of the table.
        for (let i = 0; i < Math.min(repeat, 64); i++) cells.push(value);
      }
      while (cells.length && cells.at(-1) === '') cells.pop();
      return cells;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {string} text */
const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
