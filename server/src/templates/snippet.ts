// VS Code snippet syntax: escaping literal text into a snippet body, and a
// small resolver that expands a body to plain text (tab stops → their default,
// the first choice or a supplied value; variables → supplied values; variable
// and placeholder transforms applied). The resolver is used by the tests, to
// check the templates with the engine, and by callers that want the text a
// snippet produces without an editor.
//
// Grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets):
//   $1  ${1}  ${1:default}  ${1|a,b|}  ${1/regex/format/flags}
//   $VAR  ${VAR}  ${VAR:default}  ${VAR/regex/format/flags}
//   \$ \} \\ escape; inside choices also \, and \|.

/** Escape literal text so a snippet inserts it unchanged. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escape one option of a `${1|a,b|}` choice. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: Node[]; choices?: string[]; transform?: Transform }
  | { kind: 'variable'; name: string; children?: Node[]; transform?: Transform };

interface Transform {
  regex: RegExp;
  format: string;
}

/** Parse a snippet body into nodes. Throws on malformed input (tests rely on it). */
export function parseSnippet(body: string): Node[] {
  const p = { s: body, i: 0 };
  const nodes = parseAny(p, false);
  if (p.i < p.s.length) throw new Error(`Unexpected "${p.s[p.i]}" at ${p.i} in snippet`);
  return nodes;
}

function parseAny(p: { s: string; i: number }, inBraces: boolean): Node[] {
  const out: Node[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', value: text });
    text = '';
  };
  while (p.i < p.s.length) {
    const c = p.s[p.i];
    if (c === '\\' && p.i + 1 < p.s.length && '$}\\'.includes(p.s[p.i + 1])) {
      text += p.s[p.i + 1];
      p.i += 2;
      continue;
    }
    if (c === '}' && inBraces) break;
    if (c === '$') {
      const node = parseDollar(p);
      if (node) {
        flush();
        out.push(node);
        continue;
      }
    }
    text += c;
    p.i++;
  }
  flush();
  return out;
}

function parseDollar(p: { s: string; i: number }): Node | undefined {
  const rest = p.s.slice(p.i);
  let m = /^\$(\d+)/.exec(rest);
  if (m) {
    p.i += m[0].length;
    return { kind: 'tabstop', index: Number(m[1]) };
  }
  m = /^\$([A-Za-z_][A-Za-z_0-9]*)/.exec(rest);
  if (m) {
    p.i += m[0].length;
    return { kind: 'variable', name: m[1] };
  }
  m = /^\$\{(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(rest);
  if (!m) return undefined;
  p.i += m[0].length;
  const isTab = /^\d/.test(m[1]);
  const base: Node = isTab ? { kind: 'tabstop', index: Number(m[1]) } : { kind: 'variable', name: m[1] };
  const c = p.s[p.i];
  if (c === '}') {
    p.i++;
    return base;
  }
  if (c === ':') {
    p.i++;
    base.children = parseAny(p, true);
    expect(p, '}');
    return base;
  }
  if (c === '|' && base.kind === 'tabstop') {
    p.i++;
    const choices: string[] = [];
    let cur = '';
    while (p.i < p.s.length) {
      const ch = p.s[p.i];
      if (ch === '\\' && p.i + 1 < p.s.length && '$}\\,|'.includes(p.s[p.i + 1])) {
        cur += p.s[p.i + 1];
        p.i += 2;
        continue;
      }
      if (ch === ',') {
        choices.push(cur);
        cur = '';
        p.i++;
        continue;
      }
      if (ch === '|' && p.s[p.i + 1] === '}') {
        choices.push(cur);
        p.i += 2;
        base.choices = choices;
        return base;
      }
      cur += ch;
      p.i++;
    }
    throw new Error('Unterminated choice in snippet');
  }
  if (c === '/') {
    p.i++;
    const regex = readUntilSlash(p);
    const format = readUntilSlash(p);
    const m2 = /^[a-z]*\}/.exec(p.s.slice(p.i));
    if (!m2) throw new Error('Malformed transform in snippet');
    const flags = m2[0].slice(0, -1);
    p.i += m2[0].length;
    base.transform = { regex: new RegExp(regex, flags), format };
    return base;
  }
  throw new Error(`Malformed snippet element at ${p.i}`);
}

function readUntilSlash(p: { s: string; i: number }): string {
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i];
    if (c === '\\' && p.s[p.i + 1] === '/') {
      out += '/';
      p.i += 2;
      continue;
    }
    if (c === '\\' && p.i + 1 < p.s.length) {
      out += c + p.s[p.i + 1];
      p.i += 2;
      continue;
    }
    if (c === '/') {
      p.i++;
      return out;
    }
    out += c;
    p.i++;
  }
  throw new Error('Unterminated transform in snippet');
}

function expect(p: { s: string; i: number }, c: string): void {
  if (p.s[p.i] !== c) throw new Error(`Expected "${c}" at ${p.i} in snippet`);
  p.i++;
}

/** Apply a transform's format string to a regex match (VS Code semantics). */
function applyFormat(format: string, m: RegExpExecArray): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '\\' && i + 1 < format.length) {
      out += format[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const simple = /^\$(\d+)/.exec(format.slice(i));
      if (simple) {
        out += m[Number(simple[1])] ?? '';
        i += simple[0].length;
        continue;
      }
      const br = /^\$\{(\d+)(?::(\/upcase|\/downcase|\/capitalize|\+|\?|-)?)?/.exec(format.slice(i));
      if (br) {
        i += br[0].length;
        const g = m[Number(br[1])];
        const op = br[2];
        if (format[i] === '}' && op === undefined) {
          i++;
          out += g ?? '';
          continue;
        }
        // Read the rest up to the matching "}" (no nesting in format strings).
        let arg = '';
        while (i < format.length && format[i] !== '}') {
          if (format[i] === '\\' && i + 1 < format.length) {
            arg += format[i + 1];
            i += 2;
            continue;
          }
          arg += format[i++];
        }
        i++; // "}"
        if (op === '/upcase') out += (g ?? '').toUpperCase();
        else if (op === '/downcase') out += (g ?? '').toLowerCase();
        else if (op === '/capitalize') out += (g ?? '').charAt(0).toUpperCase() + (g ?? '').slice(1);
        else if (op === '+') out += g ? arg : '';
        else if (op === '?') {
          const [a, b = ''] = arg.split(':');
          out += g ? a : b;
        } else out += g ? g : arg; // "-" or plain ":" → else
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function transform(value: string, t: Transform | undefined): string {
  if (!t) return value;
  if (t.regex.global) {
    return value.replace(t.regex, (...args) => {
      const m = Object.assign([...args.slice(0, -2)], { index: 0, input: value }) as unknown as RegExpExecArray;
      return applyFormat(t.format, m);
    });
  }
  const m = t.regex.exec(value);
  if (!m) return value;
  return value.slice(0, m.index) + applyFormat(t.format, m) + value.slice(m.index + m[0].length);
}

export interface ExpandOptions {
  /** Text typed at a tab stop, by index (replaces its default or choice). */
  values?: Record<number, string>;
  /** Values of snippet variables (CURRENT_YEAR, TM_SELECTED_TEXT…). Unknown variables expand to their default or to "". */
  variables?: Record<string, string>;
}

/** Expand a snippet body to the plain text it inserts. */
export function expandSnippet(body: string, opts: ExpandOptions = {}): string {
  const nodes = parseSnippet(body);
  const vars = opts.variables ?? {};
  const tabValues = new Map<number, string>();
  // First pass: the value of each tab stop (a supplied value, else its first default or choice).
  const collect = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && !tabValues.has(n.index)) {
        if (opts.values && n.index in opts.values) tabValues.set(n.index, opts.values[n.index]);
        else if (n.choices) tabValues.set(n.index, n.choices[0] ?? '');
        else if (n.children) tabValues.set(n.index, render(n.children));
      }
      if (n.kind !== 'text' && n.children) collect(n.children);
    }
  };
  const render = (ns: Node[]): string =>
    ns
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') {
          const v = n.name in vars ? vars[n.name] : n.children ? render(n.children) : '';
          return transform(v, n.transform);
        }
        const v = tabValues.get(n.index) ?? (n.children ? render(n.children) : n.choices?.[0] ?? '');
        return transform(v, n.transform);
      })
      .join('');
  collect(nodes);
  return render(nodes);
}

/** Indexes of the tab stops of a body, in order of first appearance. */
export function tabStops(body: string): number[] {
  const out: number[] = [];
  const walk = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && !out.includes(n.index)) out.push(n.index);
      if (n.kind !== 'text' && n.children) walk(n.children);
    }
  };
  walk(parseSnippet(body));
  return out;
}
