// The public address of the rule pages (issue #14): where a link to a rule's
// documentation points when it leaves the editor (SARIF `helpUri` read by a
// CI service, the LSP `codeDescription` of a diagnostic). The project has no
// public home of its own, so the address is configured by whoever publishes
// the pages (docs/rules/*.md):
//  - VS Code setting `thethuc.ruleDocsUrl`,
//  - `.thethuc.jsonc` key `ruleDocsUrl`,
//  - CLI `thethuc check --rule-docs-url <url>`.
// Unset: SARIF has no `helpUri` (never a file path into a checkout or an
// install folder) and the editor links to the packaged pages.
//
// Pure and browser-safe (the web-worker server uses it too).

import type { Text2 } from './engine/types';

/** Replaced by the rule ID (e.g. ND30-SO-02) in a configured address. */
export const RULE_PLACEHOLDER = '{rule}';

/**
 * The link of a rule's page from a configured address: `{rule}` is replaced
 * by the rule ID; an address without `{rule}` is the folder of the pages
 * (`<address>/<ID>.md`).
 */
export function ruleDocsLink(address: string, ruleId: string): string {
  const id = encodeURIComponent(ruleId);
  if (address.includes(RULE_PLACEHOLDER)) return address.split(RULE_PLACEHOLDER).join(id);
  return `${address.replace(/\/+$/, '')}/${id}.md`;
}

/**
 * A configured address, checked: an absolute http(s) URL once `{rule}` is
 * filled in. Returns the trimmed address, or the problem (Vietnamese and
 * English) for a value that is not one.
 */
export function checkRuleDocsUrl(value: unknown): { url: string } | { problem: Text2 } {
  const bad = (vi: string, en: string) => ({ problem: { vi, en } });
  if (typeof value !== 'string' || !value.trim())
    return bad('"ruleDocsUrl" phải là một địa chỉ http(s), ví dụ "https://…/docs/rules/{rule}.md"', '"ruleDocsUrl" must be an http(s) address, e.g. "https://…/docs/rules/{rule}.md"');
  const url = value.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(ruleDocsLink(url, 'ND30-SO-02'));
  } catch {
    parsed = undefined;
  }
  // The host is written out (not "https://" followed by what the link appends).
  const host = /^https?:\/\/([^/?#\s]+)/i.exec(url)?.[1];
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname || !host || host.includes(RULE_PLACEHOLDER))
    return bad(
      `"ruleDocsUrl" phải là địa chỉ http:// hoặc https:// (có thể chứa ${RULE_PLACEHOLDER} thay cho mã quy tắc): ${url}`,
      `"ruleDocsUrl" must be an http:// or https:// address (it may contain ${RULE_PLACEHOLDER} for the rule ID): ${url}`,
    );
  return { url };
}

/** A configured address, or undefined when the value is absent or not a valid address. */
export function validRuleDocsUrl(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const r = checkRuleDocsUrl(value);
  return 'url' in r ? r.url : undefined;
}
