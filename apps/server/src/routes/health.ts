import type { Database } from "@petshop/db";
import { pendingMigrations } from "@petshop/migrations";
import { Hono } from "hono";
import { type Kysely, sql } from "kysely";
import type { AppEnv } from "../hono-env";

const READINESS_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Why the database cannot serve traffic, or null when it can. */
async function databaseProblem(db: Kysely<Database>): Promise<string | null> {
  try {
    await withTimeout(sql`select 1`.execute(db), READINESS_TIMEOUT_MS);
    const pending = await withTimeout(pendingMigrations(db), READINESS_TIMEOUT_MS);
    return pending.length ? `pending migrations: ${pending.join(", ")}` : null;
  } catch {
    return "database unreachable";
  }
}

/** What `/readyz` says once the process is shutting down, so a load balancer stops sending to it. */
export const SHUTTING_DOWN = { status: "unavailable", problem: "shutting down" } as const;

/**
 * `/healthz`: the process is alive. `/readyz`: it can serve, i.e. it is not shutting down and the
 * database answers and is migrated.
 */
export function healthRoutes(db: Kysely<Database>, shuttingDown: () => boolean) {
  return new Hono<AppEnv>()
    .get("/healthz", (c) => c.json({ status: "ok" }))
    .get("/readyz", async (c) => {
      c.header("cache-control", "no-store");
      if (shuttingDown()) return c.json(SHUTTING_DOWN, 503);
      const problem = await databaseProblem(db);
      if (problem) {
        c.get("logger").warn({ problem }, "not ready");
        return c.json({ status: "unavailable", problem }, 503);
      }
      return c.json({ status: "ready" });
    });
}
