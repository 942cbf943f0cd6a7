// A transaction that lost a race PostgreSQL resolves by aborting one side (a deadlock, or a
// serialization failure) is run again: the caller should see the outcome, never the database's
// error. Shared by every domain whose transactions lock rows in an order they cannot fully choose.

/** SQLSTATEs deadlock_detected and serialization_failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

export function isDeadlockOrSerialization(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  return typeof error.code === "string" && RETRYABLE.has(error.code);
}

export interface RetryOptions {
  attempts?: number;
  /** Another failure that a fresh attempt resolves (e.g. a duplicate key a concurrent retry inserted). */
  alsoRetry?: (error: unknown) => boolean;
}

/** Runs `work` (a whole transaction) up to `attempts` times while it fails for a retryable reason. */
export async function retryTransaction<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 4, alsoRetry } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const retryable = isDeadlockOrSerialization(error) || (alsoRetry?.(error) ?? false);
      if (attempt >= attempts || !retryable) throw error;
      // A short, jittered pause so the two sides do not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
