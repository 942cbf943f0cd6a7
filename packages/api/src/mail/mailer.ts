import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
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
  /** Resolves when every delivery started so far has finished (shutdown waits for it; so do tests). */
  settled(): Promise<void>;
}

export function createMailer(db: Kysely<Database>, transport: MailTransport, logger: Logger): Mailer {
  const inFlight = new Set<Promise<void>>();

  async function deliver(id: string, message: MailMessage): Promise<void> {
    try {
      await transport.deliver(message);
      await db
        .updateTable("mailOutbox")
        .set({ status: transport.kind === "smtp" ? "sent" : "logged", sentAt: new Date() })
        .where("id", "=", id)
        .execute();
    } catch (error) {
      logger.error({ err: error, mailId: id }, "mail delivery failed");
      await db
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

  return {
    async send(message) {
      const { id } = await db
        .insertInto("mailOutbox")
        .values({ toAddress: message.to, subject: message.subject, bodyText: message.text })
        .returning("id")
        .executeTakeFirstOrThrow();
      const delivery = deliver(id, message).finally(() => inFlight.delete(delivery));
      inFlight.add(delivery);
      return id;
    },
    async settled() {
      await Promise.all(inFlight);
    },
  };
}
