import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { FAIL_DURATION_MS, HEALTH_INTERVAL_MS } from "./caddy";
import { freshRequest, type Outcome, trpcData } from "./http";

/**
 * Past the proxy's passive fail duration: its failed retry (below) counts against the live server
 * too, keeping both out of rotation until then.
 */
const RETRY_AFTER_MS = FAIL_DURATION_MS + HEALTH_INTERVAL_MS;

// A customer's whole journey over HTTP, as the storefront makes it: browse, add to the cart,
// register, check out, pay on the local payment page, see the order paid. Each request on a fresh
// connection, so behind a round-robin proxy consecutive requests land on different servers. The
// journey keeps its cookies like a browser, and counts what went wrong rather than stopping, so a
// test can hold it to "at most one failed request".

export interface JourneyResult {
  requests: number;
  /** Requests that got no answer or a 5xx, with what happened. */
  failures: string[];
  orderId?: string;
  orderStatus?: string;
}

const animalsPage = z.object({
  items: z.array(z.object({ id: z.uuid(), priceMinor: z.number(), stock: z.number() })),
});

export async function customerJourney(
  origin: string,
  options: { onStep?: (step: number) => Promise<void> } = {},
) {
  const cookies = new Map<string, string>();
  const result: JourneyResult = { requests: 0, failures: [] };
  let step = 0;
  async function send(
    path: string,
    init: { method?: "GET" | "POST"; body?: unknown } = {},
  ): Promise<Outcome> {
    await options.onStep?.(step++);
    const headers: Record<string, string> = { origin };
    if (cookies.size) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (init.body !== undefined) headers["content-type"] = "application/json";
    const outcome = await freshRequest(`${origin}${path}`, {
      method: init.method ?? "GET",
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    result.requests += 1;
    if (outcome.status === "error" || outcome.status >= 500) {
      result.failures.push(
        `${path.split("?")[0]}: ${outcome.status === "error" ? outcome.code : outcome.status}`,
      );
      return outcome;
    }
    const set = outcome.headers["set-cookie"] ?? [];
    for (const header of set) {
      const [pair = ""] = header.split(";");
      const equals = pair.indexOf("=");
      const value = pair.slice(equals + 1);
      if (value === "" || /max-age=0/i.test(header)) cookies.delete(pair.slice(0, equals));
      else cookies.set(pair.slice(0, equals), value);
    }
    return outcome;
  }
  /**
   * Sends again once, a moment later, if the proxy had nothing to answer with: what a person's
   * retry would do. The moment matters: Debian's Caddy 2.6 closes a POST's body when its first
   * upstream refuses the connection, so its own retry to a live server fails too (caddyserver/caddy
   * #7546, fixed in 2.11), and counts that failure against the live server.
   */
  async function call(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}) {
    const first = await send(path, init);
    if (first.status !== "error" && first.status < 500) return first;
    await sleep(RETRY_AFTER_MS);
    return send(path, init);
  }
  const query = (procedure: string, input?: unknown) =>
    call(
      `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
    );
  const mutation = (procedure: string, input: unknown) =>
    call(`/trpc/${procedure}`, { method: "POST", body: input });

  const list = trpcData(await query("animals.list", { inStock: true, limit: 20 }), animalsPage);
  const animal = list?.items.find((item) => item.stock > 0);
  if (!animal) throw new Error("nothing on sale to buy");
  await mutation("cart.add", { animalId: animal.id, quantity: 1 });
  const email = `scale-${randomUUID()}@example.test`;
  await mutation("users.register", { name: "Sam Scale", email, password: "a long scale-out password" });
  const cart = trpcData(
    await query("cart.get"),
    z.object({ subtotalMinor: z.number(), itemCount: z.number() }),
  );
  if (cart?.itemCount !== 1)
    throw new Error(`the cart followed the customer with ${cart?.itemCount} items, not 1`);
  const placed = await mutation("orders.checkout", {
    idempotencyKey: randomUUID(),
    expectedTotalMinor: cart.subtotalMinor,
    contact: { name: "Sam Scale", email },
    fulfilment: { method: "pickup" },
  });
  const order = trpcData(placed, z.object({ id: z.uuid() }));
  if (!order) {
    const answer = placed.status === "error" ? placed.code : `${placed.status} ${placed.body.slice(0, 300)}`;
    throw new Error(`checkout placed no order: ${answer}`);
  }
  result.orderId = order.id;
  const payment = trpcData(
    await mutation("payments.start", { orderId: order.id }),
    z.object({ redirectUrl: z.string() }),
  );
  if (!payment) throw new Error("no payment page");
  const paid = await call(`${new URL(payment.redirectUrl).pathname}/pay`, { method: "POST" });
  if (paid.status !== 303) throw new Error(`the payment page answered ${paid.status}`);
  const seen = trpcData(await query("orders.byId", { orderId: order.id }), z.object({ status: z.string() }));
  if (seen) result.orderStatus = seen.status;
  return result;
}
