import { isFailed, type Part } from '@/lib/panel';

/** A part of the view, or a throw for the view's error boundary to show (naming the view). */
export function unwrap<T>(part: Part<T>): T {
  if (isFailed(part)) throw new Error(part.error);
  return part;
}
