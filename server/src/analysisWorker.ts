// Worker thread of the language server (bundled to dist/analysisWorker.js):
// analyses heavy documents off the main thread, so hover, completion and the
// protocol itself stay responsive. Messages:
// - analyze {id, uri, text, options} → {id, findings, summary, internalErrors} | {id, error}:
//   the findings only; the model stays here, the last two per document;
// - model {id, uri, job} → {id, model, packed} | {id, error}: the model of
//   analysis `job`, sent once (hover, completion, symbols, code actions ask for it);
// - forget {uri}.

import { parentPort } from 'node:worker_threads';
import type { Analysis, CheckOptions } from './engine';
import { analyzeDocument, forgetDocument } from './analysisEngine';
import { cloneableModel } from './engine/model';
import { packLineOffsets } from './lineTransfer';

type Msg =
  | { kind: 'analyze'; id: number; uri: string; text: string; options: CheckOptions }
  | { kind: 'model'; id: number; uri: string; job: number }
  | { kind: 'forget'; uri: string };

/** The models of the last analyses of each document, by job id (at most two: the current one and the one before). */
const models = new Map<string, Map<number, Analysis['model']>>();

parentPort?.on('message', (m: Msg) => {
  if (m.kind === 'forget') {
    forgetDocument(m.uri);
    models.delete(m.uri);
    return;
  }
  if (m.kind === 'model') {
    const model = models.get(m.uri)?.get(m.job);
    if (!model) {
      parentPort!.postMessage({ id: m.id, error: 'the analysis is no longer kept' });
      return;
    }
    models.get(m.uri)!.delete(m.job);
    // The model's methods do not survive structured clone: sent without them, reattached on arrival.
    // The lines' offsets travel packed (see lineTransfer.ts); this model is not used here again.
    const packed = packLineOffsets(model.lines);
    parentPort!.postMessage({ id: m.id, model: cloneableModel(model), packed }, [packed.index.buffer as ArrayBuffer, packed.data.buffer as ArrayBuffer]);
    return;
  }
  try {
    // `today` crosses the thread boundary as a Date (structured clone keeps it).
    const { model, ...rest } = analyzeDocument(m.uri, m.text, m.options);
    let kept = models.get(m.uri);
    if (!kept) models.set(m.uri, (kept = new Map()));
    kept.set(m.id, model);
    for (const job of kept.keys()) if (kept.size > 2) kept.delete(job);
    parentPort!.postMessage({ id: m.id, ...rest });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
