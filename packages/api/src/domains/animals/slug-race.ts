import { isUniqueViolation } from "../../db-errors";
import { DomainError } from "../../domain-error";

// Two writers choosing a slug at once (two staff creating "Rex", a draft renamed while another is
// created, an import) both see the same free slug, and the unique index lets only one have it.
// The loser's whole transaction is run again: it starts after the winner committed, so it sees the
// winner's slug and takes the next free one. We let the index judge rather than taking a lock on
// the slug's base, because a lock per base would miss writers of another base that reach the same
// slug ("Rex 2" against the second "Rex") and the import, which takes no lock.

const SLUG_CONSTRAINT = "animals_slug_key";
/** Each round of a race has a winner, so N writers racing for one name need at most N rounds. */
const ATTEMPTS = 10;

/** Runs `work` (one whole transaction that picks a free slug) again while it loses a slug race. */
export async function retryOnSlugRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error, SLUG_CONSTRAINT)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new DomainError(
          "CONFLICT",
          "Many listings with this name were saved at the same moment. Please save again.",
        );
      }
    }
  }
}
