// PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed.

import { spawn, spawnSync } from 'node:child_process';
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
 * private profile so it works while another LibreOffice is open. Rejects with
 * NoLibreOfficeError when LibreOffice is missing, Error when conversion fails.
 */
export async function toPdf(docxPath: string, pdfPath?: string, timeoutMs = 180_000): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new NoLibreOfficeError('LibreOffice (soffice) not found');
  const work = mkdtempSync(join(tmpdir(), 'thethuc-pdf-'));
  try {
    const src = join(work, basename(docxPath));
    copyFileSync(docxPath, src);
    const args = [`-env:UserInstallation=file://${work.replace(/\\/g, '/')}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, src];
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const timer = setTimeout(() => child.kill(), timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        fail(new Error(`soffice: ${e.message}`));
      });
      child.on('close', (c) => {
        clearTimeout(timer);
        done({ code: c, output });
      });
    });
    const produced = join(work, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
    if (!existsSync(produced)) throw new Error(`soffice: ${output.trim() || `exit ${code}`}`);
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
