// The shape of a drafting template and of its fields.

export interface FieldDef {
  /** The template's own placeholder: the snippet default ("…" or the decree's wording). */
  def: string;
  /** A typical value (tests, previews). */
  sample: string;
  /** A choice `${n|a,b|}`; the default and the sample are the first choice unless `sample` is set. */
  choices?: string[];
  /** Raw snippet fragment used as the default instead of `def` (today's date from snippet variables). */
  snippetDefault?: string;
  /** Text kept inside the placeholder after the value, so deleting an optional line also deletes its break. */
  suffix?: string;
  /**
   * A mirror of another (choice) field through a placeholder transform, e.g.
   * the abbreviation "TTr" shown in the Số line for the type "TỜ TRÌNH".
   */
  mirrorOf?: { field: string; map: Record<string, string> };
}

export interface TemplateDef {
  /** Stable key: the document type key of the engine (vocab.ts) where there is one. */
  id: string;
  /** Template number in Phụ lục III ("1.5"). */
  mau: string;
  /** Vietnamese label ("Công văn"). */
  label: string;
  /** Snippet prefix a drafter types. */
  prefix: string;
  /** Vietnamese description (shown in completion and the quick pick). */
  description: string;
  /** Lines of the template with {{field}} markers. */
  lines: string[];
  /** Field overrides for this template. */
  fields?: Record<string, Partial<FieldDef>>;
  /** Fields written as literal text (a specific type of Mẫu 1.4). */
  fixed?: Record<string, string>;
  /** A full document (false: a component or a block appended to a document). */
  document: boolean;
  /** Blocks appended to a document: the engine checks them after a host document. */
  appendix?: boolean;
}
