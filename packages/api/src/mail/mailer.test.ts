import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "./mailer";
import { logTransport, smtpTransport } from "./transports";

// The outbox and both transports: a real SMTP conversation with a local server, and the log.

let testDb: TestDatabase;
let smtp: SMTPServer;
let smtpPort: number;
const received: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString();
      });
      stream.on("end", () => {
        received.push(data);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await testDb?.destroy();
});

const message = { to: "ann@example.test", subject: "Your order", text: "Thank you for your order." };
const statusOf = (id: string) =>
  testDb.db
    .selectFrom("mailOutbox")
    .select(["status", "error", "sentAt"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

describe("the mailer", () => {
  it("records the message and delivers it over SMTP", async () => {
    const logger = pino({ level: "silent" });
    const mailer = createMailer(
      testDb.db,
      smtpTransport(`smtp://127.0.0.1:${smtpPort}`, "Shop <shop@example.test>"),
      logger,
    );
    const id = await mailer.send(message);
    await mailer.settled();
    expect(await statusOf(id)).toMatchObject({ status: "sent", error: null });
    expect(received.at(-1)).toMatch(/Subject: Your order/);
    expect(received.at(-1)).toContain("Thank you for your order.");
  });

  it("without SMTP, writes the message to the log", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const mailer = createMailer(testDb.db, logTransport(logger), logger);
    const id = await mailer.send(message);
    await mailer.settled();
    expect((await statusOf(id)).status).toBe("logged");
    expect(lines.join("")).toContain("Thank you for your order.");
  });

  it("marks the message failed when the server cannot be reached, and keeps it", async () => {
    const logger = pino({ level: "silent" });
    const mailer = createMailer(testDb.db, smtpTransport("smtp://127.0.0.1:1", "shop@example.test"), logger);
    const id = await mailer.send(message);
    await mailer.settled();
    const row = await statusOf(id);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/ECONNREFUSED|connect/);
  });
});

describe("mail recorded in a transaction", () => {
  const recording = () => {
    const delivered: string[] = [];
    const mailer = createMailer(
      testDb.db,
      { kind: "log", deliver: async (m) => void delivered.push(m.subject) },
      pino({ level: "silent" }),
    );
    return { mailer, delivered };
  };

  it("exists only if the transaction commits, and is delivered only when asked after the commit", async () => {
    const { mailer, delivered } = recording();
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        await mailer.record(trx, { ...message, subject: "Rolled back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(
      await testDb.db.selectFrom("mailOutbox").select("id").where("subject", "=", "Rolled back").execute(),
    ).toEqual([]);

    const recorded = await testDb.db
      .transaction()
      .execute((trx) => mailer.record(trx, { ...message, subject: "Committed" }));
    expect((await statusOf(recorded.id)).status).toBe("pending");
    recorded.deliver();
    await mailer.settled();
    expect((await statusOf(recorded.id)).status).toBe("logged");
    expect(delivered).toEqual(["Committed"]);
  });

  it("left pending by a process that died is delivered by the sweep, once, and only when old enough", async () => {
    const { mailer, delivered } = recording();
    // Recorded and committed, but never delivered: its process died.
    const forgotten = await testDb.db
      .transaction()
      .execute((trx) => mailer.record(trx, { ...message, subject: "Forgotten" }));
    const createdAt = new Date(
      (
        await testDb.db
          .selectFrom("mailOutbox")
          .select("createdAt")
          .where("id", "=", forgotten.id)
          .executeTakeFirstOrThrow()
      ).createdAt,
    );
    expect(await mailer.deliverForgotten(createdAt)).toBe(0);
    const later = new Date(createdAt.getTime() + 1);
    const [first, second] = await Promise.all([
      mailer.deliverForgotten(later),
      mailer.deliverForgotten(later),
    ]);
    expect((first ?? 0) + (second ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await mailer.deliverForgotten(later)).toBe(0);
    expect(delivered.filter((s) => s === "Forgotten")).toEqual(["Forgotten"]);
    expect((await statusOf(forgotten.id)).status).toBe("logged");
  });
});
