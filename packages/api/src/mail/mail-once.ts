import type { Database } from "@petshop/db";
import type { Kysely, Transaction } from "kysely";
import type { Mailer, MailMessage } from "./mailer";

/**
 * Sends `message` once for whatever `claim` marks: the mark and the outbox row are written in one
 * transaction, so a job run twice, or killed and retried, records the mail exactly once; delivery
 * starts after the commit (and the outbox's sweep delivers it if this process dies first).
 * `claim` marks the thing as mailed and says whether it was this call that marked it.
 */
export async function mailOnce(
  deps: { db: Kysely<Database>; mailer: Mailer },
  claim: (trx: Transaction<Database>) => Promise<boolean>,
  message: MailMessage,
): Promise<"sent" | "already-sent"> {
  const recorded = await deps.db.transaction().execute(async (trx) => {
    if (!(await claim(trx))) return null;
    return deps.mailer.record(trx, message);
  });
  if (!recorded) return "already-sent";
  recorded.deliver();
  return "sent";
}
