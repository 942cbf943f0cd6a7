// How much one HTTP request may ask of the API. Browser-safe: the client's links split batches at
// the same size, so no caller of ours is ever refused for batching.

/** Calls in one batched request; more is refused before any of them runs. */
export const MAX_BATCH_SIZE = 20;

/**
 * Procedures that cost a password hash, create an account, send mail, take stock or start an
 * anonymous visitor's cart (each call of a batch would see no cart cookie yet, and start another):
 * one call per HTTP request, so a batch cannot multiply them past the limits that count requests.
 */
export const ONE_PER_REQUEST: ReadonlySet<string> = new Set([
  "users.login",
  "users.register",
  "users.requestPasswordReset",
  "users.resetPassword",
  "users.changePassword",
  "orders.checkout",
  "cart.add",
]);

/** The message for a batch that repeats one of those, or undefined when the batch is fine. */
export function multipliedCallProblem(paths: readonly string[]): string | undefined {
  const guarded = paths.filter((path) => ONE_PER_REQUEST.has(path));
  if (guarded.length <= 1) return undefined;
  return `Only one of ${[...new Set(guarded)].join(", ")} may be called per request; send them one at a time.`;
}
