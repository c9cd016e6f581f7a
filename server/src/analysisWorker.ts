// Worker thread of the language server (bundled to dist/analysisWorker.js):
// analyses heavy documents off the main thread, so hover, completion and the
// protocol itself stay responsive. Messages: analyze {id, uri, text, options}
// → {id, analysis} | {id, error}; forget {uri}.

import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from './engine';
import { analyzeDocument, forgetDocument } from './analysisEngine';
import { cloneableModel } from './engine/model';
import { packLineOffsets } from './lineTransfer';

type Msg = { kind: 'analyze'; id: number; uri: string; text: string; options: CheckOptions } | { kind: 'forget'; uri: string };

parentPort?.on('message', (m: Msg) => {
  if (m.kind === 'forget') {
    forgetDocument(m.uri);
    return;
  }
  try {
    // `today` crosses the thread boundary as a Date (structured clone keeps it).
    const analysis = analyzeDocument(m.uri, m.text, m.options);
    // The model's methods do not survive structured clone: sent without them, reattached on arrival.
    // The lines' offsets travel packed (see lineTransfer.ts); this analysis is not used here again.
    const packed = packLineOffsets(analysis.model.lines);
    parentPort!.postMessage({ id: m.id, analysis: { ...analysis, model: cloneableModel(analysis.model) }, packed }, [packed.index.buffer as ArrayBuffer, packed.data.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
