import { isUniqueViolation } from "../../db-errors";

// A transaction that lost a race PostgreSQL resolves by aborting one side (a deadlock, a
// serialization failure, or a duplicate idempotency key inserted by a concurrent retry) is run
// again: the customer should see the outcome, never the database's error.

const RETRYABLE = new Set(["40P01", "40001"]);
const IDEMPOTENCY_CONSTRAINT = "orders_user_idempotency_key";

function isRetryable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error ? error.code : undefined;
  return (
    (typeof code === "string" && RETRYABLE.has(code)) || isUniqueViolation(error, IDEMPOTENCY_CONSTRAINT)
  );
}

/** Runs `work` (a whole transaction) up to `attempts` times while it fails for a retryable reason. */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      // A short, jittered pause so the two sides do not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
