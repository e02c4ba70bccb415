/** Outcome of an operation that can fail in an expected way; errors are strings so they survive structured clone. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an error message as a failure. */
export const err = <E = string>(error: E): Result<never, E> => ({ ok: false, error });
