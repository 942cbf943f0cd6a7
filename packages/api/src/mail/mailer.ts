import type { Database } from "@petshop/db";
import type { Kysely, Transaction } from "kysely";
import type { Logger } from "pino";

// Mail: every message is recorded in the outbox, then handed to the transport in the background
// (so a slow mail server never slows a request, and a request's timing never tells whether a mail
// was sent). Without SMTP the transport is the log, so on the embedded default a person can still
// follow a reset link from the server's output.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Delivers one message; throws when it could not. */
export interface MailTransport {
  /** "smtp" delivers; "log" writes the message to the server log. */
  kind: "smtp" | "log";
  deliver(message: MailMessage): Promise<void>;
}

export interface Mailer {
  /** Records `message` in the outbox and starts delivering it; resolves with the outbox id. */
  send(message: MailMessage): Promise<string>;
  /**
   * Records `message` in the outbox inside `trx`, so the mail exists exactly when what it tells of
   * was committed; call `deliver()` once `trx` has committed.
   */
  record(trx: Transaction<Database>, message: MailMessage): Promise<{ id: string; deliver: () => void }>;
  /**
   * Delivers mail left pending since before `cutoff`: a process that recorded it died before
   * delivering. Rows are locked while delivered, so two instances never send one twice.
   */
  deliverForgotten(cutoff: Date): Promise<number>;
  /** Resolves when every delivery started so far has finished (shutdown waits for it; so do tests). */
  settled(): Promise<void>;
}

type Db = Kysely<Database> | Transaction<Database>;

export function createMailer(db: Kysely<Database>, transport: MailTransport, logger: Logger): Mailer {
  const inFlight = new Set<Promise<void>>();

  /** Hands one recorded message to the transport and records how that went, through `via`. */
  async function deliver(via: Db, id: string, message: MailMessage): Promise<void> {
    try {
      await transport.deliver(message);
      await via
        .updateTable("mailOutbox")
        .set({ status: transport.kind === "smtp" ? "sent" : "logged", sentAt: new Date() })
        .where("id", "=", id)
        .execute();
    } catch (error) {
      logger.error({ err: error, mailId: id }, "mail delivery failed");
      await via
        .updateTable("mailOutbox")
        .set({
          status: "failed",
          error: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        })
        .where("id", "=", id)
        .execute()
        .catch(() => undefined);
    }
  }

  function deliverInBackground(id: string, message: MailMessage) {
    const delivery = deliver(db, id, message).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  }

  async function insert(via: Db, message: MailMessage): Promise<string> {
    const { id } = await via
      .insertInto("mailOutbox")
      .values({ toAddress: message.to, subject: message.subject, bodyText: message.text })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  return {
    async send(message) {
      const id = await insert(db, message);
      deliverInBackground(id, message);
      return id;
    },
    async record(trx, message) {
      const id = await insert(trx, message);
      return { id, deliver: () => deliverInBackground(id, message) };
    },
    deliverForgotten(cutoff) {
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom("mailOutbox")
          .select(["id", "toAddress", "subject", "bodyText"])
          .where("status", "=", "pending")
          .where("createdAt", "<", cutoff.toISOString())
          .orderBy("createdAt")
          .limit(20)
          .forUpdate()
          .skipLocked()
          .execute();
        for (const row of rows) {
          await deliver(trx, row.id, { to: row.toAddress, subject: row.subject, text: row.bodyText });
        }
        return rows.length;
      });
    },
    async settled() {
      await Promise.all(inFlight);
    },
  };
}
