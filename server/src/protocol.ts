// What the client and the server say to each other beyond the LSP: the custom
// requests (method name, parameters, result) and the commands one side runs
// for the other. Both bundles import these descriptors; neither writes a
// method or command name as a string of its own.

/** A custom request: its method, and (as phantom types) its parameters and result. */
export interface RequestDescriptor<P, R> {
  readonly method: string;
  /** Never set: carries the parameter and result types. */
  readonly types?: { params: P; result: R };
}

function request<P, R>(method: string): RequestDescriptor<P, R> {
  return { method };
}

/** The part of a language client (or of a server connection) that sends requests. */
export interface RequestSender {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}
/** The part of a server connection that answers requests. */
export interface RequestReceiver {
  onRequest(method: string, handler: (params: never) => unknown): unknown;
}

/** Send a custom request; the result has the request's type. */
export function sendRequest<P, R>(to: RequestSender, r: RequestDescriptor<P, R>, params: P): Promise<R> {
  return to.sendRequest<R>(r.method, params);
}

/** Answer a custom request. */
export function onRequest<P, R>(conn: RequestReceiver, r: RequestDescriptor<P, R>, handler: (params: P) => R | Promise<R>): void {
  conn.onRequest(r.method, handler as (params: never) => unknown);
}

export interface SummaryParams {
  uri: string;
}
export interface SummaryResult {
  type?: string;
  typeName?: string;
  regime?: string;
  isDocument: boolean;
  errors: number;
  warnings: number;
  infos: number;
}
/** The status bar: the document type and the findings count of a document's latest analysis. */
export const SummaryRequest = request<SummaryParams, SummaryResult>('thethuc/summary');

export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  checked: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  failed: { uri: string; message: string }[];
}
/** "Kiểm tra toàn bộ thư mục": check files from disk and publish their diagnostics. */
export const CheckFilesRequest = request<CheckFilesParams, CheckFilesResult>('thethuc/checkFiles');

/** Server command (workspace/executeCommand): fix all of a document; arguments [uri, version]. */
export const FIX_ALL_COMMAND = 'thethuc.server.fixAll';
export interface FixAllResult {
  applied?: boolean;
  message?: string;
}
/** Command the server's code actions invoke, arguments [ruleId, url | null, markdown]: registered by the VS Code extension, served by the server for other clients. */
export const SHOW_RULE_DOC_COMMAND = 'thethuc.showRuleDoc';
