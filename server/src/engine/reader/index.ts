// The recognisers of the document model, one module per component (mirrors
// rules/<component>/). model.ts calls them in the decree's order.

export * from './doc-model';
export { RE, POSITION_WORDS, AGENCY_START_BARE, isUpperLine, letters, startsLower, wrapsOn, isBullet, joinLines, joinAll } from './common';
export { isQuocHieu, isTieuNgu, isPartyLine, isMark, isAgencyLike, isLowerAgencyLine, readHeader } from './header';
export { isSoLine, soContinuation, soSplitAfterLabel, soTypeAbbr } from './so';
export { isDateLine } from './date';
export { isTitleLine, isVbqpplTitle, isCopyForm, isVv, isVeTrichYeu, isCapsTrichYeu, isAttachedToLine, readTitle, readTrichYeu } from './title';
export { isKinhGui, isBareKinhGuiLabel, isDienLabel, readList, readKinhGui, readDienGui } from './kinh-gui';
export { isEnact, isCanCuProse, readAuthority, readCanCu, readEnact, canCuItems } from './can-cu';
export { readBody } from './body';
export { isEllipsisLine, isRunningEllipsis, readQuotations } from './quotation';
export { looksLikeName, isAbbreviatedName, isShortName, isNamePlaceholder, isSignaturePlaceholder, isLowerSignerTitle, isNoteStart, notesStart, readSigners, readSignature } from './signature';
export { isNoiNhanLabel, findNoiNhan, readNoiNhan } from './noi-nhan';
export { isPhuLucHeading, isAttachedTitle, annexStart, readAnnexes } from './appendix';
export { readType, readRegime, readIsDocument } from './type';
export { anchorOf } from './anchors';
