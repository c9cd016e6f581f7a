// Core types of the checking engine. The engine is pure: no `vscode`, no LSP
// types. Positions follow LSP conventions (0-based lines, UTF-16 columns) so
// the server can pass them through unchanged.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Lang = 'vi' | 'en';
export type Level = Severity | 'off';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Both languages of a user-facing string. */
export interface Text2 {
  vi: string;
  en: string;
}

/** The component of Điều 8 a rule is about. */
export type Component =
  | 'document'
  | 'quoc-hieu'
  | 'co-quan'
  | 'so-ky-hieu'
  | 'dia-danh-ngay'
  | 'ten-loai-trich-yeu'
  | 'can-cu'
  | 'noi-dung'
  | 'kinh-gui'
  | 'chu-ky'
  | 'noi-nhan'
  | 'do-mat-khan'
  | 'typography';

/**
 * Regimes: hành chính documents are governed by ND30; VBQPPL only by the rules
 * they share with ND30 (Quốc hiệu, date, signer prefixes…); Party documents by
 * nothing here.
 */
export type Regime = 'hanh-chinh' | 'vbqppl' | 'dang';

export interface RuleExample {
  /** Markdown lines (one or more) that are correct. */
  correct: string[];
  /** Markdown lines that break the rule. */
  incorrect: string[];
}

export interface RuleMeta {
  /** Catalogue ID (ND30-SO-02) or VB-… for checks beyond the decree. */
  id: string;
  component: Component;
  /** Default severity: error = stated by the decree, warning = templates, information = practice. */
  severity: Severity;
  /** Exact clause, e.g. "NĐ 30/2020, Phụ lục I, mục II.3.c". */
  clause: Text2;
  title: Text2;
  /** Longer explanation, Markdown, for hover and docs. */
  description: Text2;
  fixable: boolean;
  /** Regimes the rule applies to (default: hành chính only). */
  regimes?: Regime[];
  examples?: RuleExample;
  /** The rule's options (`"rules": {"ID": [level, {options}]}`): type, default, description. */
  options?: RuleOptionSpecs;
  /**
   * Line-local: the rule visits lines only through `ctx.lines(candidates)` and
   * reports each finding with its `line`, and what it reports on a line depends
   * only on that line (its text, source line, flags), on `rule.lineKey` and on
   * the settings. An editor's analyzer then re-uses its findings on unchanged
   * lines (engine/lineMemo.ts).
   */
  lineLocal?: boolean;
}

/** One option of a rule: its type, its default and what it does. */
export type RuleOptionSpec =
  | { type: 'boolean'; default: boolean; description: Text2 }
  | { type: 'strings'; default: readonly string[]; description: Text2 }
  | {
      type: 'enum';
      values: readonly string[];
      default: string;
      description: Text2;
      /** Other spellings accepted for a value ("warn" → "warning"), case-insensitive. */
      aliases?: Readonly<Record<string, string>>;
    };
export type RuleOptionSpecs = Readonly<Record<string, RuleOptionSpec>>;

type OptionValue<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'strings' }
    ? readonly string[]
    : S extends { type: 'enum'; values: readonly (infer V)[] }
      ? V
      : never;

/** The typed options a rule's check receives (`ctx.options`), defaults filled in. */
export type RuleOptions<M extends RuleOptionSpecs> = { readonly [K in keyof M]: OptionValue<M[K]> };

export interface FixEdit {
  /** Source offsets (UTF-16) in the original text. */
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: Text2;
  edits: FixEdit[];
}

/** A finding in engine terms, before localisation. */
export interface RawFinding {
  ruleId: string;
  start: number;
  end: number;
  message: Text2;
  fix?: Fix;
  /** Severity override for this occurrence (e.g. a placeholder → information). */
  severity?: Severity;
}

/** A localised finding, as the CLI and the server report it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Source offsets, for tools that work on offsets. */
  offsets: { start: number; end: number };
  fixable: boolean;
  fix?: { title: string; edits: TextEdit[] };
  /** Rule documentation page (relative to the repository). */
  docPath: string;
}

export interface RuleSetting {
  level: Level;
  options?: Record<string, unknown>;
}

export interface CheckOptions {
  lang?: Lang;
  /** Per-rule severity override ("off" disables). */
  rules?: Record<string, Level | RuleSetting | [Level, Record<string, unknown>]>;
  /** Today's date, for "not after today" checks (tests pin it). */
  today?: Date;
  /** Agency profile (issue #5). */
  coQuan?: AgencyProfile;
  /** Force the engine to treat the text as an administrative document. */
  force?: boolean;
  /** The team's own names for the capitalisation rules (Phụ lục II): units and places, as they are written. */
  vietHoa?: { donVi?: string[]; diaDanh?: string[] };
}

export interface AgencyProfile {
  ten?: string;
  chuQuan?: string;
  kyHieu?: string;
  diaDanh?: string;
  donVi?: Record<string, string>;
}
