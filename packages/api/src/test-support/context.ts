import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database, NewAnimal, UserRole } from "@petshop/db";
import type { Kysely } from "kysely";
import pino from "pino";
import type { Clock } from "../auth/clock";
import { createSession } from "../auth/sessions";
import { localPaymentProvider } from "../domains/payments/local-provider";
import { createAccount } from "../domains/users/accounts";
import { recordingJobQueue } from "../jobs/recording-queue";
import { createMailer, type MailMessage } from "../mail/mailer";
import { fileMediaStore } from "../media/media-store";
import { createCaller } from "../root";
import { type ApiDeps, createTRPCContext } from "../trpc";

/** A clock tests move by hand. */
export interface TestClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(start = "2026-11-21T12:00:00.000Z"): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = Date.parse(iso);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface TestDeps extends ApiDeps {
  clock: TestClock;
  /** Messages the mail transport was handed, in order. */
  delivered: MailMessage[];
  /** The folder behind `media`. */
  mediaDir: string;
  /** Jobs queued by the procedures, in order. */
  jobs: ReturnType<typeof recordingJobQueue>;
}

/** The API's dependencies on `db`, with a hand-moved clock and a transport that records mail. */
export function testDeps(db: Kysely<Database>): TestDeps {
  const delivered: MailMessage[] = [];
  const logger = pino({ level: "silent" });
  const mailer = createMailer(db, { kind: "log", deliver: async (m) => void delivered.push(m) }, logger);
  const mediaDir = mkdtempSync(join(tmpdir(), "petshop-media-"));
  return {
    db,
    mailer,
    media: fileMediaStore(mediaDir),
    mediaDir,
    clock: testClock(),
    publicUrl: "http://shop.test",
    cookies: { secure: false },
    orderHoldMinutes: 30,
    timeZone: "Europe/Dublin",
    // The shipped default (packages/config), so checkouts meet the countries a shop starts with.
    deliveryCountries: ["IE", "GB", "FR", "DE", "NL", "BE", "ES", "IT", "PT", "AT"],
    pickup: {
      address: "Paws & Fins, 12 Harbour Road, Dún Laoghaire",
      hours: "Tuesday to Saturday, 10:00 to 18:00",
    },
    jobs: recordingJobQueue(),
    payments: localPaymentProvider("http://shop.test"),
    // The shipped defaults (packages/config), so tests meet the limits a shop runs with.
    rateLimits: { registrations: 30, passwordResets: 10, anonymousCarts: 100 },
    delivered,
  };
}

export interface CallOptions {
  /** A whole Cookie header, e.g. from `actor.cookie`. */
  cookie?: string;
  /** An API token, sent as `Authorization: Bearer`. */
  token?: string;
  ip?: string;
}

/** A caller with a real context built from request headers, and the response headers it set. */
export async function callerWith(deps: ApiDeps, options: CallOptions = {}) {
  const headers = new Headers({ "user-agent": "vitest" });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const resHeaders = new Headers();
  const ctx = await createTRPCContext(deps, {
    headers,
    resHeaders,
    requestId: "test",
    logger: pino({ level: "silent" }),
    clientIp: options.ip ?? "192.0.2.1",
  });
  return { caller: createCaller(ctx), resHeaders };
}

/** A caller acting as an anonymous visitor. */
export async function anonymousCaller(deps: ApiDeps) {
  return (await callerWith(deps)).caller;
}

/** The session token a Set-Cookie header carries, or undefined. */
export function sessionTokenFrom(resHeaders: Headers): string | undefined {
  for (const line of resHeaders.getSetCookie()) {
    const match = /^session=([^;]*)/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

export interface TestActor {
  id: string;
  email: string;
  password: string;
  role: UserRole;
  /** A Cookie header of a fresh session. */
  cookie: string;
}

let accounts = 0;

/** A signed-in account with `role` (a real user and session in `db`). */
export async function signedInActor(deps: ApiDeps, role: UserRole, label: string = role): Promise<TestActor> {
  accounts += 1;
  const email = `${label}-${accounts}@example.test`;
  const password = `correct horse ${accounts} battery`;
  const user = await createAccount(deps.db, { email, name: `${label} ${accounts}`, password, role });
  const session = await createSession(
    deps.db,
    user.id,
    { userAgent: "vitest", ipAddress: null },
    deps.clock.now(),
  );
  return { id: user.id, email, password, role, cookie: `session=${session.token}` };
}

/** How many rows `table` holds. */
export async function countRows(db: Kysely<Database>, table: keyof Database & string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

let animals = 0;

/** Inserts an animal, active unless told otherwise, and returns its row. */
export async function insertAnimal(db: Kysely<Database>, overrides: Partial<NewAnimal> = {}) {
  animals += 1;
  const values: NewAnimal = {
    slug: `animal-${animals}`,
    name: `Animal ${animals}`,
    species: "dog",
    breed: "Beagle",
    sex: "female",
    birthDate: "2026-05-01",
    priceMinor: 50000,
    currency: "EUR",
    stock: 1,
    status: "active",
    ...overrides,
  };
  return db.insertInto("animals").values(values).returningAll().executeTakeFirstOrThrow();
}
