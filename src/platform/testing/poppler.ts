import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * poppler-utils (pdfsig, pdftotext, pdffonts): the standard verifier the PDF and signature tests check against.
 * Debian: `apt-get install poppler-utils`. Tests that need it skip with this reason when it is absent.
 */
export const POPPLER_MISSING = 'poppler-utils is not installed (apt-get install poppler-utils)';

export function hasPoppler(tool: 'pdfsig' | 'pdftotext' | 'pdffonts' = 'pdfsig'): boolean {
  return spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
}

/** Run a poppler tool on these PDF bytes (written to a temporary file); returns its output and exit status. */
export function runPoppler(
  tool: string,
  args: string[],
  pdf: Uint8Array,
): { status: number; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const last = tool === 'pdftotext' ? [file, '-'] : [file];
    const result = spawnSync(tool, [...args, ...last], { encoding: 'utf8' });
    return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
