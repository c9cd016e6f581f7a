// PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, renameSync, copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

/** The LibreOffice binary, or undefined when none is on PATH (or in the usual places). */
export function findSoffice(): string | undefined {
  // THETHUC_SOFFICE names the binary; a path that does not exist means "none".
  const env = process.env.THETHUC_SOFFICE;
  if (env) return existsSync(env) ? env : undefined;
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim().split(/\r?\n/)[0];
  }
  for (const p of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe']) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

export class NoLibreOfficeError extends Error {}

/**
 * Convert a .docx to a .pdf beside it (or at `pdfPath`). Runs LibreOffice with a
 * private profile so it works while another LibreOffice is open. Throws
 * NoLibreOfficeError when LibreOffice is missing, Error when conversion fails.
 */
export function toPdf(docxPath: string, pdfPath?: string, timeoutMs = 180_000): string {
  const soffice = findSoffice();
  if (!soffice) throw new NoLibreOfficeError('LibreOffice (soffice) not found');
  const work = mkdtempSync(join(tmpdir(), 'thethuc-pdf-'));
  try {
    const src = join(work, basename(docxPath));
    copyFileSync(docxPath, src);
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${work.replace(/\\/g, '/')}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, src],
      { encoding: 'utf8', timeout: timeoutMs },
    );
    const produced = join(work, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
    if (r.error || !existsSync(produced)) throw new Error(`soffice: ${r.error?.message ?? (r.stderr || r.stdout || `exit ${r.status}`).trim()}`);
    const out = pdfPath ?? join(dirname(docxPath), basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
    try {
      renameSync(produced, out);
    } catch {
      copyFileSync(produced, out);
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
