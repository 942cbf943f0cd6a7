import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pg from "pg";
import type { CapturedScenario } from "./capture";

// The floor: a bare Hono route, per captured scenario, running the identical SQL with raw pg and answering
// plain JSON. Nothing else (no validation, no auth, no logging) — what the stack cannot beat.
// argv: <scenarios.json> <port> ; env via the parent (DATABASE_URL passed as argv[4]).

const [file = "", port = "0", databaseUrl = ""] = process.argv.slice(2);
const captured = JSON.parse(readFileSync(file, "utf8")) as CapturedScenario[];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: "-c TimeZone=UTC" });

const app = new Hono();
app.get("/floor/:index", async (c) => {
  const scenario = captured[Number(c.req.param("index"))];
  if (!scenario) return c.json({ error: "no such scenario" }, 404);
  const result = await pool.query(scenario.sql, scenario.parameters);
  return c.json({ items: result.rows });
});
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(port) }, () => console.log("ready"));
