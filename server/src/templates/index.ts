// Drafting templates of Phụ lục III (NĐ 30/2020) and the snippet helpers.
// Pure: shared by the VS Code client (command "Tạo văn bản mới…"), the
// snippet generator (scripts/gen-snippets.ts) and the tests.

export * from '../engine/decreeDate';
export * from './types';
export * from './fields';
export { TEMPLATES } from './documents';
export { COMPONENTS } from './components';
export * from './snippet';
export * from './templates';
export { buildSnippets, snippetFileText } from './snippets';
