// Recognising PostgreSQL's errors without depending on a driver: `pg` and PGlite both throw errors
// carrying the SQLSTATE in `code` and, for constraint failures, the constraint's name in
// `constraint`.

/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = "23505";

/**
 * Whether `error` is a unique violation, on `constraint` when one is named. Name the constraint
 * wherever you can: a violation of another one is a different problem and must not be mistaken
 * for the race being handled.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  if (!("code" in error) || error.code !== UNIQUE_VIOLATION) return false;
  return constraint === undefined || ("constraint" in error && error.constraint === constraint);
}
