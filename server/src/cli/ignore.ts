// Moved to config/ignore.ts (shared with the language server's file filter).
export * from '../config/ignore';
