// Shared helpers for the end-to-end suite that runs inside a real VS Code
// extension host (code-server via scripts/e2e/run-code-server.mjs, or desktop
// VS Code via test/e2e/electron.mjs). Every wait polls; nothing sleeps for a
// fixed time, because the CI machine has 2 cores and timings vary a lot.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'thethuc.thethuc';
export const DIAGNOSTIC_SOURCE = 'thethuc';
export const EXAMPLE_LETTER = 'cong-van-1465-SNN-VP.md';

/** Default budget for anything that waits on the extension or the UI. */
export const WAIT_MS = Number(process.env.THETHUC_E2E_WAIT_MS || 60_000);

/** How the launcher runs us: 'dev' (extensionDevelopmentPath = repo) or 'vsix' (installed package). */
export const MODE: 'dev' | 'vsix' = process.env.THETHUC_E2E_MODE === 'vsix' ? 'vsix' : 'dev';

/** Tag of every line the suite prints; the code-server launcher shows tagged lines only. */
export const LOG_TAG = '[thethuc-e2e] ';

/** Prints a line of test output (one console.log per line, so each gets the tag). */
export function log(text = ''): void {
  for (const line of text.split('\n')) console.log(LOG_TAG + line);
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the launcher should open test/e2e/workspace)');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function openFixture(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns a value other than undefined/false, or throws
 * after `timeout` ms with `what` and the last probe error in the message.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeout = WAIT_MS, interval = 100, describe }: { timeout?: number; interval?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      const state = describe ? ` (last seen: ${describe()})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail}${state}`);
    }
    await sleep(interval);
  }
}

export function thethucDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

/** Waits until the extension has published diagnostics for `uri` that satisfy `accept`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  timeout = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `thethuc diagnostics for ${path.basename(uri.fsPath)}`,
    () => {
      const ds = thethucDiagnostics(uri);
      return accept(ds) ? ds : undefined;
    },
    { timeout, describe: () => describeDiagnostics(thethucDiagnostics(uri)) },
  );
}

/** "ND30-DOC-02@0:0 error, …" for failure messages. */
export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return 'no thethuc diagnostics';
  const sev = ['error', 'warning', 'info', 'hint'];
  return ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${sev[d.severity]}`).join(', ');
}

export interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * What the extension's own CLI (dist/cli.js of the extension under test) finds
 * in a file: the engine's verdict, to compare the editor with. Undefined when
 * the extension ships no CLI.
 */
export async function cliFindings(ext: vscode.Extension<unknown>, file: string): Promise<CliFinding[] | undefined> {
  const cli = path.join(ext.extensionPath, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const { execFile } = await import('node:child_process');
  const stdout = await new Promise<string>((resolve, reject) => {
    // In desktop VS Code process.execPath is Electron: make it behave as Node.
    execFile(
      process.execPath,
      [cli, 'check', file, '--format', 'json', '--lang', 'vi', '--no-color'],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: WAIT_MS, maxBuffer: 64 << 20 },
      (err, out, errOut) => {
        // exit code 1 only means "errors found"
        if (err && (err as { code?: unknown }).code !== 1) reject(new Error(`${cli} failed: ${err.message}\n${errOut}`));
        else resolve(out);
      },
    );
  });
  const report = JSON.parse(stdout) as { file: string; diagnostics: CliFinding[] }[];
  return report.flatMap((r) => r.diagnostics);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = await waitFor(`extension ${EXTENSION_ID} to be registered`, () => vscode.extensions.getExtension(EXTENSION_ID));
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** 0-based line of the first line of `doc` that starts with `prefix` (after leading blanks). */
export function lineStartingWith(doc: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trimStart().startsWith(prefix)) return i;
  }
  throw new Error(`no line starts with ${JSON.stringify(prefix)} in ${path.basename(doc.uri.fsPath)}`);
}

// --- Screenshots -------------------------------------------------------------
// The code-server launcher sets THETHUC_E2E_SIGNAL_DIR. A test asks for a
// screenshot by writing <name>.request.json there; the launcher waits for the
// `waitFor` CSS selector in the workbench, saves <name>.png, and answers with
// <name>.done.json ({ ok, error?, file? }). Without the variable (desktop
// launcher, or --no-screenshots) screenshots are unavailable.

export const SIGNAL_DIR = process.env.THETHUC_E2E_SIGNAL_DIR || '';

export function screenshotsAvailable(): boolean {
  return SIGNAL_DIR !== '' && fs.existsSync(SIGNAL_DIR);
}

export interface ScreenshotRequest {
  /** File name without extension, e.g. "01-squiggles". */
  name: string;
  /** CSS selector that must be visible in the workbench before the capture. */
  waitFor?: string;
  /** CSS selector to move the mouse over before the capture (e.g. a squiggle). */
  hover?: string;
  /** Keys to press first, in Playwright syntax (e.g. "Control+Shift+M"). */
  press?: string[];
  /** CSS selector of an element whose visible text comes back as `text` (e.g. a status bar item). */
  readText?: string;
  /** False: no PNG, only the other steps (a UI probe). Default true. */
  capture?: boolean;
  /** CSS selector to click last (after the capture). */
  click?: string;
}

export interface ScreenshotResult {
  ok: boolean;
  error?: string;
  file?: string;
  /** innerText of the `readText` element. */
  text?: string;
}

export async function screenshot(req: ScreenshotRequest, timeout = WAIT_MS): Promise<ScreenshotResult> {
  if (!screenshotsAvailable()) return { ok: false, error: 'screenshots not available (no THETHUC_E2E_SIGNAL_DIR)' };
  const done = path.join(SIGNAL_DIR, `${req.name}.done.json`);
  fs.rmSync(done, { force: true });
  const request = path.join(SIGNAL_DIR, `${req.name}.request.json`);
  fs.writeFileSync(request + '.tmp', JSON.stringify(req));
  fs.renameSync(request + '.tmp', request); // atomic: the launcher never reads half a file
  const text = await waitFor(`screenshot ${req.name}`, () => (fs.existsSync(done) ? fs.readFileSync(done, 'utf8') : undefined), {
    timeout,
    interval: 200,
  });
  return JSON.parse(text) as ScreenshotResult;
}

/** True when the extension's engine (its CLI) reports `code` for the example letter. */
export async function engineReports(code: string, file = fixtureUri(EXAMPLE_LETTER).fsPath): Promise<boolean> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) return true; // let the test fail on its own terms
  const found = await cliFindings(ext, file);
  return found === undefined || found.some((f) => f.ruleId === code);
}

/**
 * Skips a test about a rule the engine does not report (yet) for the example
 * letter; the test re-enables itself when the rule lands.
 */
export async function requireRule(ctx: Mocha.Context, code: string): Promise<void> {
  if (!(await engineReports(code))) {
    log(`      (skipped: the engine does not report ${code} for ${EXAMPLE_LETTER})`);
    ctx.skip();
  }
}

/** Plain text of hover contents (MarkdownString or MarkedString). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Depth-first list of document symbols. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

/** Reverts and closes the editor of `doc` (leaves fixtures untouched for later tests). */
export async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
