// Custom requests between the client and the server (types only, shared by
// both bundles).

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
