import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { insertAnimal, signedInActor, testDeps } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  killServers,
  type ServerProcess,
  serverOrigin,
  startServer,
  waitForOutput,
} from "../test-support/processes";
import { HEALTH_INTERVAL_MS, type RunningProxy, startCaddy } from "./caddy";
import { freshRequest, trpcMutation } from "./http";
import { customerJourney } from "./journey";

// The shop as it scales out (docs/operations.md): Debian's Caddy on loopback in front of two server
// processes and a job worker, on one PostgreSQL database, the servers trusting one proxy hop.
// Through the proxy, with requests alternating between the servers: a customer's whole journey,
// shared sessions and carts, shared throttling, a staff change seen by the other server's catalogue
// within its bound, and each job done once. Then one server is killed under load, and both are
// restarted in turn. PostgreSQL only.

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";
/** Longer than the proxy's health interval, so it stops sending to a draining server first. */
const DRAIN_MS = 4 * HEALTH_INTERVAL_MS;
/** The catalogue version's bound (middleware/catalogue-cache.ts): another server's answers change within it. */
const VERSION_BOUND_MS = 1_000;

let testDb: TestDatabase | undefined;
let proxy: RunningProxy | undefined;

afterAll(async () => {
  await proxy?.stop();
  await killServers();
  await testDb?.destroy();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The shop's requests a server answered (its log line per request), leaving out the proxy's health checks. */
const answered = (server: ServerProcess) =>
  server
    .stdout()
    .split("\n")
    .filter((line) => line.includes('"msg":"request"') && !line.includes('"path":"/readyz"')).length;

/** GETs through the proxy on fresh connections, one every `everyMs`, until stopped; counts failures. */
function steadyLoad(origin: string, everyMs: number) {
  let running = true;
  const failures: string[] = [];
  let sent = 0;
  const done = (async () => {
    const input = encodeURIComponent(JSON.stringify({ limit: 4 }));
    const inFlight: Promise<void>[] = [];
    while (running) {
      sent += 1;
      inFlight.push(
        freshRequest(`${origin}/trpc/animals.list?input=${input}`).then((outcome) => {
          if (outcome.status === "error" || outcome.status >= 500)
            failures.push(String(outcome.status === "error" ? outcome.code : outcome.status));
        }),
      );
      await sleep(everyMs);
    }
    await Promise.all(inFlight);
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { sent, failures };
    },
  };
}

describe.runIf(onPostgres)("two servers and a job worker behind Caddy (PostgreSQL)", () => {
  it("serves a whole journey, shares what must be shared, survives a kill and a rolling restart", async () => {
    testDb = await createTestDatabase();
    const { db, url = "" } = testDb;
    const animals = await Promise.all(
      Array.from({ length: 4 }, (_, k) => insertAnimal(db, { stock: 50, priceMinor: 9_000 + 100 * k })),
    );
    const [portA, portB, proxyPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const shop = `http://127.0.0.1:${proxyPort}`;
    const env = {
      DATABASE_URL: url,
      PUBLIC_URL: shop,
      TRUSTED_PROXY_HOPS: "1",
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      LOG_LEVEL: "info",
    };
    const serve = (port: number | undefined) => startServer({ ...env, PORT: String(port) });
    let serverA = serve(portA);
    let serverB = serve(portB);
    const worker = startServer(env, "src/worker.ts");
    await Promise.all([
      serverOrigin(serverA),
      serverOrigin(serverB),
      waitForOutput(worker, /"msg":"job worker running"/),
    ]);
    proxy = await startCaddy(proxyPort ?? 0, [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`]);

    // 1. A whole journey through the proxy, alternating between the servers.
    const journey = await customerJourney(shop);
    const spread = [answered(serverA), answered(serverB)];
    console.log(
      `scale-out journey: ${journey.requests} requests through Caddy, answered A ${spread[0]} / B ${spread[1]}, ${journey.failures.length} failed; order ${journey.orderStatus}`,
    );
    expect(journey.failures).toEqual([]);
    expect(journey.orderStatus).toBe("paid");
    expect(Math.min(...spread)).toBeGreaterThan(0);

    // 2. Each job once across the three processes: the order's confirmation and its receipt.
    const mails = async () =>
      (
        await sql<{ subject: string }>`select subject from mail_outbox where to_address = (
          select contact_email from orders where id = ${journey.orderId}) order by subject`.execute(db)
      ).rows.map((row) => row.subject);
    const deadline = Date.now() + 30_000;
    while ((await mails()).length < 2 && Date.now() < deadline) await sleep(200);
    await sleep(1_000);
    const sent = await mails();
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(2);

    // 3. Throttling is shared: wrong passwords on one account, alternating servers, meet one limit.
    const target = await signedInActor(testDeps(db), "customer", "throttled");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const outcome = await trpcMutation(
        shop,
        "users.login",
        "",
        { email: target.email, password: "wrong guess" },
        shop,
      );
      statuses.push(outcome.status === "error" ? 0 : outcome.status);
    }
    console.log(`scale-out throttle: 8 wrong passwords through both servers → ${statuses.join(" ")}`);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);

    // 4. A staff change on A is seen by B's catalogue within the version's bound.
    const staff = await signedInActor(testDeps(db), "staff");
    const animal = animals[0];
    if (!animal) throw new Error("no animal");
    const bySlug = `/trpc/animals.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: animal.slug }))}`;
    const first = await freshRequest(`http://127.0.0.1:${portB}${bySlug}`);
    const etag = first.status === 200 ? String(first.headers.etag) : "";
    expect(etag).not.toBe("");
    const changed = await trpcMutation(
      `http://127.0.0.1:${portA}`,
      "animals.adjustStock",
      staff.cookie,
      { id: animal.id, delta: -1, reason: "Scale-out test" },
      shop,
    );
    expect(changed.status).toBe(200);
    const changedAt = performance.now();
    let seenAfterMs = Number.POSITIVE_INFINITY;
    while (performance.now() - changedAt < 3 * VERSION_BOUND_MS) {
      const again = await freshRequest(`http://127.0.0.1:${portB}${bySlug}`, {
        headers: { "if-none-match": etag },
      });
      if (again.status === 200) {
        seenAfterMs = performance.now() - changedAt;
        break;
      }
      await sleep(25);
    }
    console.log(
      `scale-out catalogue: a stock change on A reached B's answers after ${Math.round(seenAfterMs)} ms (bound ${VERSION_BOUND_MS} ms)`,
    );
    // The bound, plus a request's own time on a busy machine.
    expect(seenAfterMs).toBeLessThanOrEqual(VERSION_BOUND_MS + 500);

    // 5. kill -9 of server A under load and mid-journey: the proxy moves on.
    const load = steadyLoad(shop, 40);
    const underKill = await customerJourney(shop, {
      onStep: async (step) => {
        // Dead before the journey's next request: the proxy meets a refused connection, as after a
        // crash. (Requests in flight at the kill are the load's, counted below.)
        if (step === 3) {
          serverA.child.kill("SIGKILL");
          await serverA.exited;
        }
      },
    });
    const killLoad = await load.stop();
    console.log(
      `scale-out kill -9: journey ${underKill.requests} requests, ${underKill.failures.length} failed (${underKill.failures.join(", ") || "none"}); load ${killLoad.sent} requests, ${killLoad.failures.length} failed; order ${underKill.orderStatus}`,
    );
    expect(underKill.orderStatus).toBe("paid");
    expect(underKill.failures.length + killLoad.failures.length).toBeLessThanOrEqual(1);

    // 6. Rolling restart: A comes back, then B is stopped and started, then A again. No request fails.
    const rolling = steadyLoad(shop, 40);
    const waitReady = async (server: ServerProcess) => {
      await serverOrigin(server);
      await sleep(3 * HEALTH_INTERVAL_MS);
    };
    serverA = serve(portA);
    await waitReady(serverA);
    for (const which of ["B", "A"] as const) {
      const old = which === "B" ? serverB : serverA;
      old.child.kill("SIGTERM");
      expect(await old.exited).toBe(0);
      const fresh = serve(which === "B" ? portB : portA);
      await waitReady(fresh);
      if (which === "B") serverB = fresh;
      else serverA = fresh;
    }
    const restartLoad = await rolling.stop();
    const afterRestart = await customerJourney(shop);
    console.log(
      `scale-out rolling restart: load ${restartLoad.sent} requests during it, ${restartLoad.failures.length} failed; a journey after it: ${afterRestart.failures.length} failed, order ${afterRestart.orderStatus}`,
    );
    expect(restartLoad.failures).toEqual([]);
    expect(afterRestart.orderStatus).toBe("paid");
    worker.child.kill("SIGTERM");
  }, 180_000);
});
