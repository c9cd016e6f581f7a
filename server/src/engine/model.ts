// The document model: locates each component of Điều 8 on the logical lines.
//
// Recognition is by content, not by position, because drafters lay letters
// out in many ways: one line after another, two-column pipe tables for the
// header and the signature, or OCR text where the header's two columns come
// out one after the other. Each component has its recogniser in ./reader/
// (one module per component, like rules/<component>/); `buildModel` calls
// them in the order of the decree: header zone (Quốc hiệu, Tiêu ngữ, agency,
// Số, date, marks, V/v), title and trích yếu, Kính gửi, authority line, căn
// cứ block, enacting line, then — found from the end — attached documents,
// Nơi nhận, signer blocks and notes, and the body between; last the type,
// regime and whether the file is a document at all.

import type { MarkdownDoc } from './markdown';
import type { DocModel } from './reader/doc-model';
import { readHeader } from './reader/header';
import { readTitle } from './reader/title';
import { readDienGui, readKinhGui } from './reader/kinh-gui';
import { readAuthority, readCanCu, readEnact } from './reader/can-cu';
import { annexStart, readAnnexes } from './reader/appendix';
import { findNoiNhan, readNoiNhan } from './reader/noi-nhan';
import { readSignature } from './reader/signature';
import { readBody } from './reader/body';
import { readIsDocument, readRegime, readType } from './reader/type';
import { anchorOf } from './reader/anchors';
import { joinAll } from './reader/common';

export type { DocModel, SignerBlock, ListBlock, Annex, Quotation, AnchorComponent } from './reader/doc-model';
// Helpers other modules import from here.
export { RE, isUpperLine } from './reader/common';
export { looksLikeName, isAbbreviatedName, isNamePlaceholder, isSignaturePlaceholder } from './reader/signature';
export { isAttachedToLine, isTitleLine } from './reader/title';
export { isSoLine, soTypeAbbr } from './reader/so';
export { isDateLine } from './reader/date';
export { isKinhGui } from './reader/kinh-gui';
export { isNoiNhanLabel } from './reader/noi-nhan';
export { isBareCitation, isCanCuProse } from './reader/can-cu';
export { isEllipsisLine, isRunningEllipsis } from './reader/quotation';
export { joinLines, joinAll, partsOf, coversLine, type JoinedLine } from './reader/common';

export function buildModel(md: MarkdownDoc): DocModel {
  const lines = md.lines;
  const n = lines.length;
  const m: DocModel = {
    md,
    lines,
    isDocument: false,
    regime: 'hanh-chinh',
    headerEnd: 0,
    agency: [],
    marks: [],
    trichYeu: [],
    trichYeuInHeader: false,
    authority: [],
    canCu: [],
    canCuItems: [],
    canCuBullets: [],
    body: [],
    quotations: [],
    signers: [],
    notes: [],
    footerStart: n,
    annex: [],
    annexes: [],
    anchor: () => undefined,
    inQuotation: () => false,
  };

  // Opening components, in the decree's order.
  let pos = readHeader(m);
  pos = readTitle(m, pos);
  pos = readKinhGui(m, pos);
  pos = readDienGui(m, pos);
  pos = readAuthority(m, pos);
  pos = readKinhGui(m, pos);
  pos = readCanCu(m, pos);
  pos = readEnact(m, pos);
  const bodyStart = pos;

  // Documents attached after the footer: the footer is searched before them.
  const mainEnd = annexStart(lines, bodyStart);
  readAnnexes(m, mainEnd);

  // Footer, found from the end: Nơi nhận, then the signer blocks (and notes).
  const nnIdx = findNoiNhan(lines, bodyStart, mainEnd);
  const inNoiNhan = readNoiNhan(m, nnIdx, mainEnd);
  const lowestFooter = readSignature(m, bodyStart, mainEnd, nnIdx, inNoiNhan);
  m.footerStart = Math.max(bodyStart, Math.min(lowestFooter, mainEnd));
  readBody(m, bodyStart, m.footerStart, inNoiNhan);

  m.trichYeuLine = joinAll(m.trichYeu);
  readType(m);
  readRegime(m);
  readIsDocument(m);
  return withModelMethods(m);
}

/**
 * (Re)attaches the model's methods: after buildModel, and to a model that
 * crossed a thread boundary (structured clone keeps data, not functions).
 */
export function withModelMethods(m: DocModel): DocModel {
  const quoted = new Set<number>();
  for (const q of m.quotations) for (const l of q.lines) quoted.add(l.i);
  m.anchor = (c) => anchorOf(m, c);
  m.inQuotation = (l) => quoted.has(l.i);
  return m;
}

/** The model without its methods, for postMessage (see withModelMethods). */
export function cloneableModel(m: DocModel): DocModel {
  return { ...m, anchor: undefined, inQuotation: undefined } as unknown as DocModel;
}
