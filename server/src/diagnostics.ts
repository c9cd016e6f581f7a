// Findings as LSP diagnostics, with a link to the rule's documentation page.
// Shared by the server and its features; no side effects on import.
//
// Links: the public address of the rule pages when one is configured
// (`ruleDocsUrl`, see ruleDocs.ts); otherwise the packaged pages: by default
// docs/rules/<ID>.md found on disk (Node). A host without a file system (the
// web worker, browserServer.ts) sets its own resolver with `setRuleDocLinks`
// before any diagnostic is made, so the Node-only default below is never
// reached there.

import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from './engine';
import { ruleDocsLink } from './ruleDocs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// Rule documentation: docs/rules/<ID>.md next to the bundle (dist/../docs) or
// the sources (server/src/…/../../docs).
let docsRootCache: string | null | undefined;
function docsRoot(): string | undefined {
  if (docsRootCache === undefined) {
    const candidates = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];
    docsRootCache = candidates.find((p) => existsSync(p)) ?? null;
  }
  return docsRootCache ?? undefined;
}

let linkResolver: ((ruleId: string) => string | undefined) | undefined;

/** Replace how rule documentation links are made (hosts without a file system). */
export function setRuleDocLinks(f: ((ruleId: string) => string | undefined) | undefined): void {
  linkResolver = f;
}

/** URL of a rule's documentation page, when the page exists (file:// on Node). */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (linkResolver) return linkResolver(ruleId);
  const root = docsRoot();
  if (!root) return undefined;
  // Once per rule: the packaged pages do not change while the server runs (a
  // file-system check per diagnostic per keystroke showed in the profile).
  let url = docUrlCache.get(ruleId);
  if (url === undefined) {
    const file = join(root, `${ruleId}.md`);
    url = existsSync(file) ? pathToFileURL(file).toString() : null;
    docUrlCache.set(ruleId, url);
  }
  return url ?? undefined;
}
const docUrlCache = new Map<string, string | null>();

/**
 * The link of a rule's page shown to the user: the public address when one is
 * configured (`ruleDocsUrl`, already checked), else the packaged page.
 */
export function ruleLink(ruleId: string, publicUrl?: string): string | undefined {
  return publicUrl ? ruleDocsLink(publicUrl, ruleId) : ruleDocUrl(ruleId);
}

export function toDiagnostic(f: Finding, publicUrl?: string): Diagnostic {
  const href = ruleLink(f.ruleId, publicUrl);
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: href ? { href } : undefined,
    source: 'thethuc',
    message: f.message,
    data: { fixable: f.fixable },
  };
}

/** The diagnostics of a document: at most `max` findings, linked to `publicUrl` when set. */
export function toDiagnostics(findings: Finding[], max: number, publicUrl?: string): Diagnostic[] {
  return findings.slice(0, Math.max(0, max)).map((f) => toDiagnostic(f, publicUrl));
}
