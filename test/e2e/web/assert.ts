// A small assert for the browser bundle (Node's `assert` is not available in
// the web-worker extension host, and no polyfill is a dependency).

export class AssertionError extends Error {}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}
export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
}
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new AssertionError(`${message ? message + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
}
export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) throw new AssertionError(`${message ? message + ': ' : ''}${show(actual)} does not match ${re}`);
}
