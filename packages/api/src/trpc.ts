/**
 * The tRPC set-up, in three parts: the context every procedure receives, the initialisation
 * (error shape, wire format), and the procedures routers build on. This file rarely changes;
 * domain code lives under src/domains.
 */
import type { Database } from "@petshop/db";
import { getTRPCErrorFromUnknown, initTRPC, TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { ZodRealError } from "zod";
import { type Auth, authenticate } from "./auth/authenticate";
import type { Clock } from "./auth/clock";
import type { RateLimits } from "./auth/rate-limits";
import type { CookieSettings } from "./auth/session-cookie";
import { DomainError } from "./domain-error";
import type { PaymentProvider } from "./domains/payments/provider";
import { formatError } from "./errors";
import type { JobQueue } from "./jobs/job-queue";
import { findInputProblem } from "./lib/control-characters";
import type { Mailer } from "./mail/mailer";
import type { MediaStore } from "./media/media-store";

// 1. CONTEXT

/** What the server provides once, for every request. */
export interface ApiDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  /** Uploaded pictures. */
  media: MediaStore;
  clock: Clock;
  /** The shop's public origin, e.g. `https://shop.example`, for links in mail. */
  publicUrl: string;
  cookies: CookieSettings;
  /** How long an unpaid order holds its animals, in minutes. */
  orderHoldMinutes: number;
  /** The shop's IANA time zone (SHOP_TIME_ZONE): where its reports' days begin. */
  timeZone: string;
  /** ISO 3166-1 alpha-2 codes of the countries the shop delivers to (DELIVERY_COUNTRIES), in order. */
  deliveryCountries: readonly string[];
  /** Where pickup orders are collected and when (PICKUP_ADDRESS, PICKUP_HOURS). */
  pickup: { address: string; hours: string };
  /** Background jobs (order mail); see src/jobs/job-queue.ts. */
  jobs: JobQueue;
  /** Who takes the money: Stripe when configured, else the local provider. */
  payments: PaymentProvider;
  /** Public writes allowed per client address per hour (see auth/rate-limits.ts). */
  rateLimits: RateLimits;
  /** Told of every procedure call as it ends, for metrics; the API itself keeps no figures. */
  observeCall?: (call: ProcedureCall) => void;
}

/** One procedure call as it ended: `outcome` is "ok" or the tRPC error code it was answered with. */
export interface ProcedureCall {
  path: string;
  type: "query" | "mutation" | "subscription";
  outcome: "ok" | TRPCError["code"];
  seconds: number;
}

/** What is particular to one request. */
export interface RequestContext {
  headers: Headers;
  /** Headers to add to the response (cookies, Retry-After), since tRPC builds the response itself. */
  resHeaders: Headers;
  requestId: string;
  /** Already bound to the request id. */
  logger: Logger;
  /** The client's address as configured (trusted proxies), or null when unknown. */
  clientIp: string | null;
}

export async function createTRPCContext(deps: ApiDeps, request: RequestContext) {
  const auth: Auth = await authenticate(
    deps.db,
    request.headers,
    request.resHeaders,
    deps.cookies,
    deps.clock.now(),
  );
  return {
    ...deps,
    ...request,
    auth,
    /** The signed-in user, by session or API token; null for anonymous callers. */
    user: auth.kind === "session" || auth.kind === "token" ? auth.user : null,
  };
}

export type Context = Awaited<ReturnType<typeof createTRPCContext>>;

// 2. INITIALISATION
// No transformer: results travel as plain JSON and dates as ISO strings typed as strings
// (docs/decisions/002-wire-format.md). Stacks are never sent (`isDev: false`); the server log has them.

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter: formatError,
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 3. PROCEDURES

/**
 * Text no procedure can store or means to accept (see lib/control-characters.ts) is refused before
 * any schema runs, as a BAD_REQUEST naming the field like any other bad input.
 */
function unstorableInputError(rawInput: unknown): TRPCError | null {
  const problem = findInputProblem(rawInput);
  if (!problem) return null;
  return new TRPCError({
    code: "BAD_REQUEST",
    message: problem.message,
    cause: new ZodRealError([
      { code: "custom", path: problem.path, message: problem.message, input: undefined },
    ]),
  });
}

/** A script that sent a bad token is told so, rather than silently served as anonymous. */
function invalidTokenError(auth: Auth): TRPCError | null {
  if (auth.kind !== "invalid-token") return null;
  return new TRPCError({ code: "UNAUTHORIZED", message: "The API token is invalid, expired or revoked." });
}

/** A service's DomainError as the tRPC error with the same code (and Retry-After when due). */
function fromDomainError(cause: DomainError, resHeaders: Headers): TRPCError {
  if (cause.retryAfterSeconds !== undefined) resHeaders.set("Retry-After", String(cause.retryAfterSeconds));
  return new TRPCError({ code: cause.code, message: cause.message, cause });
}

/**
 * What every procedure does around its own work: refuse unstorable input, then invalid tokens;
 * turn services' DomainErrors into tRPC errors; and tell `observeCall` how the call ended (every
 * refusal included) and how long it took. One middleware rather than four, because tRPC copies its
 * options at each one: four cost a cheap catalogue read a tenth of its CPU (issue 14).
 */
const everyCall = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const started = performance.now();
  let outcome: ProcedureCall["outcome"] = "ok";
  try {
    const refusal = unstorableInputError(await getRawInput()) ?? invalidTokenError(ctx.auth);
    if (refusal) throw refusal;
    const result = await next();
    if (!result.ok) {
      if (result.error.cause instanceof DomainError)
        throw fromDomainError(result.error.cause, ctx.resHeaders);
      outcome = result.error.code;
    }
    return result;
  } catch (error) {
    outcome = getTRPCErrorFromUnknown(error).code;
    throw error;
  } finally {
    ctx.observeCall?.({ path, type, outcome, seconds: (performance.now() - started) / 1000 });
  }
});

/** Open to everyone, signed in or not. */
export const publicProcedure = t.procedure.use(everyCall);

/** Needs a signed-in user (session or API token); `ctx.user` is set. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { user: ctx.user } });
});

/** Staff and admins. */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "staff" && ctx.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only shop staff may do this." });
  }
  return next();
});

/** Admins only. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin")
    throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators may do this." });
  return next();
});
