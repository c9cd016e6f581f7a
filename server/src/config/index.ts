// Team configuration: `.thethuc.jsonc` (JSON with comments).
//
//   {
//     "extends": "../chung/.thethuc.jsonc",
//     "rules": { "ND30-SO-02": "off", "ND30-DOC-05": ["information", {}] },
//     "coQuan": { "ten": "SỞ NỘI VỤ", "chuQuan": "UBND TỈNH LAI CHÂU", "kyHieu": "SNV",
//                 "diaDanh": "Lai Châu", "donVi": { "VP": "Văn phòng" } },
//     "include": ["**/*.md"], "exclude": ["nhap/**"]
//   }
//
// Pure module (no vscode, no LSP): parsing, validating, looking up (nearest
// file from the document's folder upward), `extends` and merging. Every
// problem is returned with its position so the editor can show it on the
// config file and the CLI can print it; nothing is silently ignored.

// The ESM build: esbuild cannot bundle the UMD build's dynamic requires.
import { parseTree, getNodeValue, stripComments, Node, ParseError, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync, constants as fsConstants } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, isAbsolute, relative, sep } from 'node:path';
import { localise } from '../engine/i18n';
import { lineColOf } from '../engine/positions';
import { RULES_BY_ID } from '../engine/rules';
import type { AgencyProfile, CheckOptions, Lang, Level, RuleMeta, Text2 } from '../engine/types';
import { optionTypeText, optionValue } from '../engine/options';
import { compileGlob, GlobError } from '../util/glob';
import { checkRuleDocsUrl } from '../ruleDocs';

export const CONFIG_FILE = '.thethuc.jsonc';
/** Also accepted, in this order after the main name. */
export const CONFIG_FILES = [CONFIG_FILE, '.thethuc.json'];
export const LEVELS: Level[] = ['off', 'error', 'warning', 'information', 'hint'];
const PROFILE_KEYS = ['ten', 'chuQuan', 'kyHieu', 'diaDanh', 'donVi'] as const;
const TOP_KEYS = ['$schema', 'extends', 'rules', 'coQuan', 'vietHoa', 'include', 'exclude', 'export', 'ruleDocsUrl'];

export type RuleConfig = Level | [Level, Record<string, unknown>] | [Level];

export interface ThethucConfig {
  rules?: Record<string, RuleConfig>;
  coQuan?: AgencyProfile;
  /** Team extension of the capitalisation dictionaries: {"donVi": [...], "diaDanh": [...]}. */
  vietHoa?: { donVi?: string[]; diaDanh?: string[] };
  include?: string[];
  exclude?: string[];
  /** Public address of the rule pages (ruleDocs.ts): SARIF helpUri, editor links. */
  ruleDocsUrl?: string;
}

export interface ConfigProblem {
  /** File the problem is in (absolute path). */
  file: string;
  /** Source offsets in that file (0,0 when unknown). */
  offset: number;
  length: number;
  message: Text2;
  severity: 'error' | 'warning';
}

export interface LoadedConfig {
  /** Merged configuration (base files first, the nearest file last). */
  config: ThethucConfig;
  /** The files read, nearest first. */
  files: string[];
  /** Folder the include/exclude globs are relative to (the nearest file's folder). */
  root: string;
  problems: ConfigProblem[];
}

/** Minimal file system, so tests and the server can substitute their own. */
export interface ConfigFs {
  readFile(path: string): string;
  exists(path: string): boolean;
}

/** A configuration file is small; anything larger is refused before reading. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Read a regular file as UTF-8, checking its type and size on the open
 * descriptor (fstat) first: a FIFO, a device (/dev/zero) or a huge file is
 * refused with an error whose `code` says why (ENOTREG, EFBIG).
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  // O_NONBLOCK: opening a FIFO without a writer must not block.
  const fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    if (st.size > maxBytes) throw Object.assign(new Error('file too large'), { code: 'EFBIG', size: st.size });
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export const nodeFs: ConfigFs = {
  readFile: (p) => readRegularFile(p, MAX_CONFIG_BYTES).toString('utf8'),
  exists: (p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
};

const tx = (vi: string, en: string): Text2 => ({ vi, en });

// ------------------------------------------------------------------ parsing

/** Parse and validate one config text (no `extends` resolution). */
export function parseConfig(text: string, file: string): { config: ThethucConfig; extends?: { path: string; offset: number; length: number }; problems: ConfigProblem[] } {
  try {
    return parseConfigUnguarded(text, file);
  } catch (e) {
    // The JSON parser recurses: hundreds of thousands of nested brackets
    // overflow the stack. That is a problem of the file, not of the tool.
    if (!(e instanceof RangeError)) throw e;
    return {
      config: {},
      problems: [{ file, offset: 0, length: 1, severity: 'error', message: tx('Tệp cấu hình lồng nhau quá sâu, không đọc được', 'The configuration is nested too deeply to be read') }],
    };
  }
}

/** Unknown rule ids beyond this many get no "did you mean" (each costs a scan of the registry). */
const MAX_SUGGESTIONS = 50;

function parseConfigUnguarded(text: string, file: string): { config: ThethucConfig; extends?: { path: string; offset: number; length: number }; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  // An empty file, or one with comments only, is an empty configuration.
  if (stripComments(text).trim() === '') return { config: {}, problems };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    problems.push({
      file,
      offset: e.offset,
      length: Math.max(1, e.length),
      severity: 'error',
      message: tx(`Lỗi cú pháp JSON: ${syntaxVi(e.error)}`, `JSON syntax error: ${printParseErrorCode(e.error)}`),
    });
  }
  const config: ThethucConfig = {};
  if (!root) {
    if (!errors.length && text.trim() === '') return { config, problems }; // an empty file is an empty config
    if (!errors.length) problems.push({ file, offset: 0, length: 1, severity: 'error', message: tx('Tệp cấu hình phải là một đối tượng JSON', 'The configuration must be a JSON object') });
    return { config, problems };
  }
  if (root.type !== 'object') {
    problems.push(at(file, root, tx('Tệp cấu hình phải là một đối tượng JSON { … }', 'The configuration must be a JSON object { … }')));
    return { config, problems };
  }
  let ext: { path: string; offset: number; length: number } | undefined;
  for (const prop of root.children ?? []) {
    const keyNode = prop.children?.[0];
    const valNode = prop.children?.[1];
    if (!keyNode || !valNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'extends':
        if (valNode.type !== 'string' || !valNode.value) problems.push(at(file, valNode, tx('"extends" phải là đường dẫn (chuỗi) tới tệp cấu hình khác', '"extends" must be a path (string) to another configuration file')));
        else ext = { path: valNode.value as string, offset: valNode.offset, length: valNode.length };
        break;
      case 'rules':
        config.rules = parseRules(valNode, file, problems);
        break;
      case 'coQuan':
        config.coQuan = parseProfile(valNode, file, problems);
        break;
      case 'vietHoa': {
        if (valNode.type !== 'object') {
          problems.push(at(file, valNode, tx('"vietHoa" phải là đối tượng { "donVi": [...], "diaDanh": [...] }', '"vietHoa" must be an object { "donVi": [...], "diaDanh": [...] }')));
          break;
        }
        const vh: { donVi?: string[]; diaDanh?: string[] } = {};
        for (const p of valNode.children ?? []) {
          const k = p.children?.[0];
          const v = p.children?.[1];
          if (!k || !v) continue;
          const name = String(k.value);
          if (name !== 'donVi' && name !== 'diaDanh') {
            problems.push(at(file, k, tx(`Khoá không hợp lệ trong "vietHoa": "${name}" (cho phép: donVi, diaDanh)`, `Unknown key in "vietHoa": "${name}" (allowed: donVi, diaDanh)`)));
            continue;
          }
          const list = parseStringArray(v, file, `vietHoa.${name}`, problems);
          if (list) vh[name] = list;
        }
        config.vietHoa = vh;
        break;
      }
      case 'include':
      case 'exclude': {
        const list = parseStringArray(valNode, file, key, problems);
        if (list) config[key] = list;
        break;
      }
      case 'export':
        // Word export layout (server/src/export/spec.ts reads it; unknown keys there are ignored).
        if (valNode.type !== 'object') problems.push(at(file, valNode, tx('"export" phải là đối tượng { "profile": …, "margins": … }', '"export" must be an object { "profile": …, "margins": … }')));
        break;
      case 'ruleDocsUrl': {
        const r = checkRuleDocsUrl(valNode.type === 'string' ? valNode.value : undefined);
        if ('url' in r) config.ruleDocsUrl = r.url;
        else problems.push(at(file, valNode, r.problem));
        break;
      }
      default:
        problems.push(
          at(file, keyNode, tx(`Khoá không hợp lệ "${key}" (cho phép: ${TOP_KEYS.join(', ')})`, `Unknown key "${key}" (allowed: ${TOP_KEYS.join(', ')})`)),
        );
    }
  }
  return { config, extends: ext, problems };
}

function parseRules(node: Node, file: string, problems: ConfigProblem[]): Record<string, RuleConfig> | undefined {
  if (node.type !== 'object') {
    problems.push(at(file, node, tx('"rules" phải là đối tượng { "MÃ-QUY-TẮC": "mức" }', '"rules" must be an object { "RULE-ID": "level" }')));
    return undefined;
  }
  const out: Record<string, RuleConfig> = {};
  let unknown = 0;
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const id = String(k.value);
    if (!RULES_BY_ID.has(id)) {
      const near = ++unknown <= MAX_SUGGESTIONS ? suggestRule(id) : undefined;
      problems.push(
        at(
          file,
          k,
          tx(`Quy tắc không tồn tại: "${id}"${near ? ` (có phải "${near}"?)` : ''}`, `Unknown rule: "${id}"${near ? ` (did you mean "${near}"?)` : ''}`),
        ),
      );
      continue;
    }
    const levelNode = v.type === 'array' ? v.children?.[0] : v;
    const optsNode = v.type === 'array' ? v.children?.[1] : undefined;
    if (!levelNode || levelNode.type !== 'string' || !LEVELS.includes(levelNode.value as Level)) {
      problems.push(
        at(
          file,
          levelNode ?? v,
          tx(
            `Mức không hợp lệ cho ${id}: ${levelNode ? JSON.stringify(getNodeValue(levelNode)) : '[]'} (cho phép: ${LEVELS.join(', ')}, hoặc [mức, {tuỳ chọn}])`,
            `Bad level for ${id}: ${levelNode ? JSON.stringify(getNodeValue(levelNode)) : '[]'} (allowed: ${LEVELS.join(', ')}, or [level, {options}])`,
          ),
        ),
      );
      continue;
    }
    if (v.type === 'array' && ((v.children?.length ?? 0) > 2 || (optsNode && optsNode.type !== 'object'))) {
      problems.push(at(file, optsNode ?? v, tx(`Dạng mảng cho ${id} phải là [mức, {tuỳ chọn}]`, `The array form for ${id} must be [level, {options}]`)));
      continue;
    }
    if (optsNode) problems.push(...ruleOptionProblems(RULES_BY_ID.get(id)!.meta, id, optsNode, file));
    const level = levelNode.value as Level;
    out[id] = optsNode ? [level, { ...(getNodeValue(optsNode) as Record<string, unknown>) }] : level;
  }
  return out;
}

function parseProfile(node: Node, file: string, problems: ConfigProblem[]): AgencyProfile | undefined {
  if (node.type !== 'object') {
    problems.push(at(file, node, tx('"coQuan" phải là đối tượng { "ten", "chuQuan", "kyHieu", "diaDanh", "donVi" }', '"coQuan" must be an object { "ten", "chuQuan", "kyHieu", "diaDanh", "donVi" }')));
    return undefined;
  }
  const out: AgencyProfile = {};
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
      problems.push(at(file, k, tx(`Khoá không hợp lệ trong "coQuan": "${key}" (cho phép: ${PROFILE_KEYS.join(', ')})`, `Unknown key in "coQuan": "${key}" (allowed: ${PROFILE_KEYS.join(', ')})`)));
      continue;
    }
    if (key === 'donVi') {
      if (v.type !== 'object') {
        problems.push(at(file, v, tx('"donVi" phải là đối tượng { "VP": "Văn phòng" }', '"donVi" must be an object { "VP": "Văn phòng" }')));
        continue;
      }
      const units: Record<string, string> = {};
      for (const up of v.children ?? []) {
        const [uk, uv] = up.children ?? [];
        if (!uk || !uv) continue;
        if (uv.type !== 'string') problems.push(at(file, uv, tx(`Tên đơn vị "${uk.value}" phải là chuỗi`, `The name of unit "${uk.value}" must be a string`)));
        else if (!/^[\p{L}\p{N}.&]+$/u.test(String(uk.value))) problems.push(at(file, uk, tx(`Chữ viết tắt đơn vị không hợp lệ: "${uk.value}"`, `Bad unit abbreviation: "${uk.value}"`)));
        else units[String(uk.value)] = uv.value as string;
      }
      out.donVi = units;
      continue;
    }
    if (v.type !== 'string') {
      problems.push(at(file, v, tx(`"coQuan.${key}" phải là chuỗi`, `"coQuan.${key}" must be a string`)));
      continue;
    }
    (out as Record<string, string>)[key] = (v.value as string).normalize('NFC').trim();
  }
  return out;
}

function parseStringArray(node: Node, file: string, key: string, problems: ConfigProblem[]): string[] | undefined {
  if (node.type !== 'array' || (node.children ?? []).some((c) => c.type !== 'string')) {
    problems.push(at(file, node, tx(`"${key}" phải là mảng các mẫu glob (chuỗi)`, `"${key}" must be an array of glob patterns (strings)`)));
    return undefined;
  }
  const out: string[] = [];
  for (const c of node.children ?? []) {
    const g = c.value as string;
    try {
      globMatcher(g);
      out.push(g);
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      problems.push(at(file, c, tx(`Mẫu glob không hợp lệ trong "${key}": ${e.vi}`, `Bad glob pattern in "${key}": ${e.en}`)));
    }
  }
  return out;
}

function at(file: string, node: Node, message: Text2, severity: 'error' | 'warning' = 'error'): ConfigProblem {
  return { file, offset: node.offset, length: node.length, message, severity };
}

function syntaxVi(code: number): string {
  const name = printParseErrorCode(code as Parameters<typeof printParseErrorCode>[0]);
  const vi: Record<string, string> = {
    InvalidSymbol: 'ký tự không hợp lệ',
    InvalidNumberFormat: 'số không hợp lệ',
    PropertyNameExpected: 'thiếu tên khoá',
    ValueExpected: 'thiếu giá trị',
    ColonExpected: 'thiếu dấu hai chấm',
    CommaExpected: 'thiếu dấu phẩy',
    CloseBraceExpected: 'thiếu dấu }',
    CloseBracketExpected: 'thiếu dấu ]',
    EndOfFileExpected: 'thừa nội dung sau đối tượng',
    InvalidCommentToken: 'chú thích không hợp lệ',
    UnexpectedEndOfComment: 'chú thích chưa đóng',
    UnexpectedEndOfString: 'chuỗi chưa đóng',
    UnexpectedEndOfNumber: 'số chưa kết thúc',
    InvalidUnicode: 'mã Unicode không hợp lệ',
    InvalidEscapeCharacter: 'ký tự thoát không hợp lệ',
    InvalidCharacter: 'ký tự không hợp lệ',
  };
  return `${vi[name] ?? name} (${name})`;
}

/**
 * The options given to a rule against its `meta.options`: an unknown key
 * (with the closest known one), a value of the wrong type, options given to a
 * rule that has none.
 */
function ruleOptionProblems(meta: RuleMeta, id: string, node: Node, file: string): ConfigProblem[] {
  const specs = meta.options ?? {};
  const known = Object.keys(specs);
  const out: ConfigProblem[] = [];
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    const spec = Object.prototype.hasOwnProperty.call(specs, key) ? specs[key] : undefined;
    if (!spec) {
      const near = closest(key, known, 3);
      const allowed = known.length ? known.join(', ') : '—';
      out.push(
        at(
          file,
          k,
          tx(
            `Tuỳ chọn không tồn tại của ${id}: "${key}"${near ? ` (có phải "${near}"?)` : ''} (cho phép: ${allowed})`,
            `Unknown option of ${id}: "${key}"${near ? ` (did you mean "${near}"?)` : ''} (allowed: ${allowed})`,
          ),
        ),
      );
      continue;
    }
    const value = getNodeValue(v);
    const fits = spec.type === 'strings' ? Array.isArray(value) && value.every((x) => typeof x === 'string') : optionValue(spec, value) !== undefined;
    if (!fits) {
      const want = optionTypeText(spec);
      out.push(at(file, v, tx(`Giá trị không hợp lệ cho tuỳ chọn "${key}" của ${id}: ${JSON.stringify(value)} (cần: ${want})`, `Bad value for option "${key}" of ${id}: ${JSON.stringify(value)} (expected: ${want})`)));
    }
  }
  return out;
}

/** The closest of `candidates` (case-insensitive edit distance up to `max`), for "did you mean". */
function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= max ? best : undefined;
}

/** The closest rule ID (case-insensitive, small edit distance), for "did you mean". */
export function suggestRule(id: string): string | undefined {
  const up = id.toUpperCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const known of RULES_BY_ID.keys()) {
    const d = distance(up, known);
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return bestD <= 3 ? best : undefined;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

// ------------------------------------------------------------------ merging

/** Merge configurations: later ones override earlier ones (rules per ID, coQuan per field, donVi per unit, globs replaced). */
export function mergeConfigs(...configs: (ThethucConfig | undefined)[]): ThethucConfig {
  const out: ThethucConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
    if (c.coQuan) {
      const donVi = c.coQuan.donVi || out.coQuan?.donVi ? { ...(out.coQuan?.donVi ?? {}), ...(c.coQuan.donVi ?? {}) } : undefined;
      out.coQuan = { ...(out.coQuan ?? {}), ...c.coQuan, ...(donVi ? { donVi } : {}) };
    }
    if (c.vietHoa) {
      const a = out.vietHoa ?? {};
      out.vietHoa = { donVi: [...(a.donVi ?? []), ...(c.vietHoa.donVi ?? [])], diaDanh: [...(a.diaDanh ?? []), ...(c.vietHoa.diaDanh ?? [])] };
    }
    if (c.include) out.include = [...c.include];
    if (c.exclude) out.exclude = [...c.exclude];
    if (c.ruleDocsUrl) out.ruleDocsUrl = c.ruleDocsUrl;
  }
  return out;
}

// ------------------------------------------------------------------ lookup

/**
 * The nearest config file for a document: its folder, then each parent up to
 * `stopDir` (inclusive; the workspace root) or the filesystem root.
 */
export function findConfigFile(startDir: string, stopDir?: string, fs: ConfigFs = nodeFs): string | undefined {
  let dir = resolve(startDir);
  const stop = stopDir ? resolve(stopDir) : undefined;
  // Without a stop folder inside which startDir lies, go to the filesystem root.
  const bounded = stop !== undefined && isInside(dir, stop);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const p = join(dir, name);
      if (fs.exists(p)) return p;
    }
    if (bounded && dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The user's own configuration folder (`$XDG_CONFIG_HOME/thethuc`, `%APPDATA%\thethuc`). */
export function userConfigDir(): string {
  if (process.platform === 'win32' && process.env.APPDATA) return join(process.env.APPDATA, 'thethuc');
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'thethuc');
}

/**
 * Where `extends` may point. By default a configuration can only extend
 * files inside `roots` (the workspace folder, or the current folder for the
 * CLI) and the user's configuration folder; `allowOutside` (CLI
 * `--allow-outside-extends`, setting `thethuc.allowOutsideExtends`) lifts it.
 */
export interface ExtendsPolicy {
  roots?: string[];
  allowOutside?: boolean;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** Why an `extends` value is refused, or undefined when it may be read. */
function extendsRefusal(value: string, target: string, policy: ExtendsPolicy): { vi: string; en: string } | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
    return { vi: `"extends" chỉ nhận đường dẫn tới tệp, không nhận địa chỉ "${value}"`, en: `"extends" takes a file path, not a URL: "${value}"` };
  }
  const isPath = value.startsWith('.') || value.startsWith('/') || value.startsWith('\\') || /^[a-z]:/i.test(value) || /\.jsonc?$/i.test(value);
  if (!isPath || value.startsWith('@')) {
    return {
      vi: `"extends" chỉ nhận đường dẫn tới tệp .jsonc (ví dụ "../chung/.thethuc.jsonc"), không nhận tên gói "${value}"`,
      en: `"extends" takes a path to a .jsonc file (e.g. "../shared/.thethuc.jsonc"), not a package name: "${value}"`,
    };
  }
  if (policy.allowOutside) return undefined;
  const roots = [...(policy.roots ?? [process.cwd()]), userConfigDir()].map(realOr);
  const real = realOr(target);
  if (roots.some((r) => isInside(real, r))) return undefined;
  return {
    vi: `"extends" trỏ ra ngoài thư mục làm việc và thư mục cấu hình của người dùng (${target}); dùng --allow-outside-extends (hoặc cài đặt thethuc.allowOutsideExtends) nếu thật sự cần`,
    en: `"extends" points outside the workspace folder and the user's configuration folder (${target}); pass --allow-outside-extends (or the setting thethuc.allowOutsideExtends) if this is intended`,
  };
}

/** Read a config file and the chain of files it extends. */
export function loadConfigFile(file: string, fs: ConfigFs = nodeFs, policy: ExtendsPolicy = {}): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const chain: ThethucConfig[] = [];
  const files: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = resolve(file);
  let from: { file: string; offset: number; length: number } | undefined;
  while (current) {
    if (seen.has(current)) {
      problems.push({ file: from!.file, offset: from!.offset, length: from!.length, severity: 'error', message: tx(`"extends" tạo vòng lặp: ${current}`, `"extends" makes a cycle: ${current}`) });
      break;
    }
    seen.add(current);
    let text: string;
    try {
      text = fs.readFile(current);
    } catch (e) {
      const code = readErrorName((e as NodeJS.ErrnoException).code);
      const p: ConfigProblem = from
        ? { file: from.file, offset: from.offset, length: from.length, severity: 'error', message: tx(`Không đọc được tệp cấu hình được kế thừa "${current}" (${code ?? 'lỗi'})`, `Cannot read the extended configuration "${current}" (${code ?? 'error'})`) }
        : { file: current, offset: 0, length: 0, severity: 'error', message: tx(`Không đọc được tệp cấu hình (${code === 'ENOENT' ? 'không tìm thấy' : code ?? 'lỗi'})`, `Cannot read the configuration file (${code === 'ENOENT' ? 'not found' : code ?? 'error'})`) };
      problems.push(p);
      break;
    }
    if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // a BOM, kept as one char so offsets stay right
    const parsed = parseConfig(text, current);
    problems.push(...parsed.problems);
    chain.unshift(parsed.config);
    files.push(current);
    if (parsed.extends) {
      from = { file: current, ...parsed.extends };
      const target = resolve(dirname(current), parsed.extends.path);
      const refused = extendsRefusal(parsed.extends.path, target, policy);
      if (refused) {
        problems.push({ file: from.file, offset: from.offset, length: from.length, severity: 'error', message: tx(refused.vi, refused.en) });
        current = undefined;
      } else current = target;
    } else current = undefined;
  }
  return { config: mergeConfigs(...chain), files, root: dirname(resolve(file)), problems };
}

/** Find and load the configuration that applies to a document. */
export function loadConfigFor(docPath: string, stopDir?: string, fs: ConfigFs = nodeFs, policy: ExtendsPolicy = {}): LoadedConfig | undefined {
  const f = findConfigFile(dirname(resolve(docPath)), stopDir, fs);
  return f ? loadConfigFile(f, fs, { roots: stopDir ? [stopDir] : undefined, ...policy }) : undefined;
}

function readErrorName(code: string | undefined): string | undefined {
  if (code === 'ENOTREG') return 'không phải tệp thường / not a regular file';
  if (code === 'EFBIG') return `lớn hơn / larger than ${MAX_CONFIG_BYTES / 1024} KB`;
  return code;
}

// ------------------------------------------------------------------ use

/** Engine options from a configuration (rules and agency profile). */
export function configToOptions(c: ThethucConfig | undefined): Pick<CheckOptions, 'rules' | 'coQuan' | 'vietHoa'> {
  const out: Pick<CheckOptions, 'rules' | 'coQuan' | 'vietHoa'> = {};
  if (!c) return out;
  if (c.rules) {
    const rules: NonNullable<CheckOptions['rules']> = {};
    for (const [id, v] of Object.entries(c.rules)) rules[id] = Array.isArray(v) ? [v[0], v[1] ?? {}] : v;
    out.rules = rules;
  }
  if (c.coQuan && Object.keys(c.coQuan).length) out.coQuan = c.coQuan;
  if (c.vietHoa && (c.vietHoa.donVi?.length || c.vietHoa.diaDanh?.length)) out.vietHoa = c.vietHoa;
  return out;
}

/** Does a path (relative to the config folder, '/'-separated) pass include/exclude? */
export function makeFileFilter(c: ThethucConfig | undefined): (relPath: string) => boolean {
  const inc = (c?.include ?? []).map(globMatcher);
  const exc = (c?.exclude ?? []).map(globMatcher);
  return (p) => {
    const rel = p.split(sep).join('/').replace(/^\.\//, '');
    if (inc.length && !inc.some((m) => m(rel))) return false;
    return !exc.some((m) => m(rel));
  };
}

/**
 * A glob matcher: `**`, `*`, `?`, `{a,b}`, `[abc]`. A pattern without `/`
 * matches the base name at any depth (like .gitignore); a pattern naming a
 * folder also matches everything inside it.
 */
export function globMatcher(glob: string): (relPath: string) => boolean {
  let g = glob.trim().replace(/^\.\//, '');
  const anchored = g.startsWith('/') || g.replace(/\/$/, '').includes('/');
  g = g.replace(/^\//, '').replace(/\/$/, '');
  return compileGlob(g, { anyDepth: !anchored, inside: true });
}

/**
 * A problem as one line of text: `file:line:col: message`. Pass the file's
 * text, or (for many problems of one file) a `lineColOf(text)` made once.
 */
export function formatProblem(p: ConfigProblem, lang: Lang, text?: string | ((offset: number) => { line: number; character: number })): string {
  let pos = '';
  if (text !== undefined) {
    const lc = typeof text === 'string' ? lineColOf(text)(p.offset) : text(p.offset);
    pos = `:${lc.line + 1}:${lc.character + 1}`;
  }
  return `${p.file}${pos}: ${localise(p.message, lang)}`;
}

/** The starter `.thethuc.jsonc` written by `thethuc init`. */
export function starterConfig(): string {
  return `// Cấu hình Thể thức cho cả nhóm (Thể thức team configuration).
// Tệp được tìm từ thư mục của văn bản đi lên; tệp gần nhất được dùng.
// Cài đặt "thethuc.*" của VS Code ghi đè tệp này.
{
  // Kế thừa một tệp cấu hình chung (đường dẫn tính từ tệp này):
  // "extends": "../.thethuc.jsonc",

  // Hồ sơ cơ quan: dùng khi tạo văn bản mới và để kiểm tra ký hiệu, nơi lưu và
  // địa danh (quy tắc VB-CQ-01). Bỏ dấu // và điền thông tin của cơ quan bạn:
  // "coQuan": {
  //   "chuQuan": "UBND TỈNH …",              // tên cơ quan chủ quản
  //   "ten": "SỞ …",                         // tên cơ quan ban hành
  //   "kyHieu": "S…",                        // chữ viết tắt trong ký hiệu: Số: 05/S…-VP
  //   "diaDanh": "…",                        // địa danh ở dòng ngày tháng
  //   "donVi": { "VP": "Văn phòng" }         // đơn vị soạn thảo: Lưu: VT, VP.
  // },

  // Địa chỉ công khai của trang tài liệu quy tắc, nếu cơ quan có đăng (helpUri
  // của SARIF, liên kết của cảnh báo trong VS Code); {rule} thay cho mã quy tắc:
  // "ruleDocsUrl": "https://…/docs/rules/{rule}.md",

  // Mức cho từng quy tắc: "off" | "error" | "warning" | "information" | "hint"
  // hoặc ["warning", { …tuỳ chọn… }]. Danh sách: thethuc rules
  "rules": {
    // "ND30-DOC-05": "off"
  },

  // Tệp được kiểm tra khi chạy trên thư mục (mẫu glob, tính từ thư mục của tệp này).
  "include": ["**/*.md"],
  "exclude": ["node_modules/**", "mau/**"]
}
`;
}
