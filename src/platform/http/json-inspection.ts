/** No command takes a longer array (the bulk proposal's 1000 organizations is the longest). */
export const MAX_ARRAY_ITEMS = 1000;

/** No command has a longer field name; longer ones would only be echoed back in validation messages. */
export const MAX_KEY_LENGTH = 64;

/** Keys that reach an object's prototype when a body is copied onto a class instance. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What makes a parsed body unacceptable before validation, as a phrase, or undefined: anything but one
 * object at the top, keys that could pollute prototypes, arrays longer than any command takes (so that
 * validation never walks a huge one), over-long keys, and strings with lone UTF-16 surrogates, which
 * no stored text may hold. Depth is already bounded, so the walk is too.
 */
export function unsafePartOf(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'it must be one JSON object';
  return problemIn(body);
}

function problemIn(value: unknown): string | undefined {
  if (typeof value === 'string')
    return LONE_SURROGATE.test(value) ? 'a string holds an invalid Unicode escape (a lone surrogate)' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY_ITEMS) return `an array has more than ${MAX_ARRAY_ITEMS} items`;
    return firstProblem(value);
  }
  for (const key of Object.keys(value)) {
    const problem = keyProblem(key);
    if (problem) return problem;
  }
  return firstProblem(Object.values(value));
}

function keyProblem(key: string): string | undefined {
  if (FORBIDDEN_KEYS.has(key)) return `the key "${key}" is not accepted anywhere`;
  if (key.length > MAX_KEY_LENGTH) return `a key is longer than ${MAX_KEY_LENGTH} characters`;
  if (LONE_SURROGATE.test(key)) return 'a key holds an invalid Unicode escape (a lone surrogate)';
  return undefined;
}

function firstProblem(values: unknown[]): string | undefined {
  for (const value of values) {
    const problem = problemIn(value);
    if (problem) return problem;
  }
  return undefined;
}
