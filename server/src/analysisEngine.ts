// The one place the language server turns a document's text into an
// Analysis. Every analysis of an open document (main thread or worker thread)
// goes through `analyzeDocument`, with a per-document analyzer kept until the
// document is closed (`forgetDocument`).
//
// Each open document has its own incremental analyzer (the engine's
// `createAnalyzer()`): after an edit only the blocks it touched are read again;
// the result is the same Analysis as a full `analyze()` (tested on every
// fixture and on random edit sequences).

import { analyze, Analysis, CheckOptions, createAnalyzer } from './engine';

/** An analysis over its time budget (analysis thread): reported as "too complex". */
export class BudgetExceeded extends Error {}

export interface DocumentAnalyzer {
  analyze(text: string, options: CheckOptions): Analysis;
}

function createDocumentAnalyzer(): DocumentAnalyzer {
  return createAnalyzer();
}

const analyzers = new Map<string, DocumentAnalyzer>();

/** The analysis of one version of an open document. */
export function analyzeDocument(uri: string, text: string, options: CheckOptions): Analysis {
  let a = analyzers.get(uri);
  if (!a) {
    a = createDocumentAnalyzer();
    analyzers.set(uri, a);
  }
  return a.analyze(text, options);
}

/** Drop the analyzer (and whatever it caches) of a closed document. */
export function forgetDocument(uri: string): void {
  analyzers.delete(uri);
}

/** A one-off analysis of a file that is not open (workspace check). */
export function analyzeText(text: string, options: CheckOptions): Analysis {
  return analyze(text, options);
}

/** Number of documents with a live analyzer (memory tests). */
export function analyzerCount(): number {
  return analyzers.size;
}
