/**
 * Remember a function's last result by its arguments' identity: called again with the same
 * objects, it returns the same result without running. The panel's inputs are immutable (a new
 * snapshot, a new draft), so identity is what "changed" means.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/** A part of the panel that could not be worked out: the view shows which one and why. */
export interface Failed {
  failed: true;
  error: string;
}

export type Part<T> = T | Failed;

export function isFailed<T>(part: Part<T>): part is Failed {
  return typeof part === 'object' && part !== null && (part as Failed).failed === true;
}

/** Run one part of the panel; a throw becomes a `Failed` part instead of taking the others down. */
export function attempt<T>(work: () => T): Part<T> {
  try {
    return work();
  } catch (error) {
    return { failed: true, error: error instanceof Error ? error.message : String(error) };
  }
}
