import { z } from "zod";
import { freshRequest, type Outcome, trpcData, trpcMutation } from "./http";

// A checkout storm over real HTTP: each buyer adds one animal to their cart and checks out, as
// the storefront does. A buyer whose request dies with its connection (a server killed under it)
// tries again on the other server a moment later, as a browser behind a load balancer would: the
// add only if the cart does not hold the animal yet (an add is not idempotent), the checkout with
// the same idempotency key.

export interface Buyer {
  cookie: string;
  email: string;
  animalId: string;
  quantity: number;
  priceMinor: number;
}

export type BuyerResult =
  | { kind: "ordered"; orderId: string }
  | { kind: "sold-out" }
  | { kind: "failed"; why: string };

export interface StormTally {
  results: BuyerResult[];
  /** Requests that ended without an answer, by error code. */
  connectionErrors: Record<string, number>;
}

const ATTEMPTS = 12;
const RETRY_AFTER_MS = 100;

const pause = () => new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));

export async function runStorm(options: {
  buyers: Buyer[];
  /** Where attempt `attempt` of buyer `buyer` goes: the load balancer. */
  origin: (buyer: number, attempt: number) => string;
  /** The shop's public origin, which browsers send as Origin. */
  shopOrigin: string;
  /** When buyer `buyer` arrives, in ms from the start. */
  arrivalAt: (buyer: number) => number;
  /** Called at each arrival (before that buyer's first request) and after every answer. */
  onProgress?: (arrived: number) => void;
  /** Requests sent and not yet answered, by server origin; kept up to date by the storm. */
  inFlight?: Map<string, number>;
}): Promise<StormTally> {
  const { buyers, origin, shopOrigin, inFlight = new Map<string, number>() } = options;
  const connectionErrors: Record<string, number> = {};
  let arrived = 0;
  const lost = (outcome: Outcome): outcome is { status: "error"; code: string } => {
    if (outcome.status !== "error") return false;
    connectionErrors[outcome.code] = (connectionErrors[outcome.code] ?? 0) + 1;
    return true;
  };
  async function tracked(base: string, request: () => Promise<Outcome>): Promise<Outcome> {
    inFlight.set(base, (inFlight.get(base) ?? 0) + 1);
    try {
      return await request();
    } finally {
      inFlight.set(base, (inFlight.get(base) ?? 1) - 1);
      options.onProgress?.(arrived);
    }
  }

  async function holds(base: string, buyer: Buyer): Promise<boolean | null> {
    const cart = await tracked(base, () =>
      freshRequest(`${base}/trpc/cart.get`, { headers: { cookie: buyer.cookie } }),
    );
    if (lost(cart)) return null;
    const lines =
      trpcData(cart, z.object({ lines: z.array(z.object({ animalId: z.string() })) }))?.lines ?? [];
    return lines.some((line) => line.animalId === buyer.animalId);
  }

  /** Puts the animal in the cart; returns null once it is there, else how the buyer ends. */
  async function add(i: number, buyer: Buyer, attempt: { n: number }): Promise<BuyerResult | null> {
    let unsure = false;
    for (; attempt.n < ATTEMPTS; attempt.n++) {
      const base = origin(i, attempt.n);
      if (unsure) {
        const inCart = await holds(base, buyer);
        if (inCart) return null;
        if (inCart === null) {
          await pause();
          continue;
        }
      }
      const input = { animalId: buyer.animalId, quantity: buyer.quantity };
      const outcome = await tracked(base, () =>
        trpcMutation(base, "cart.add", buyer.cookie, input, shopOrigin),
      );
      if (lost(outcome)) {
        unsure = true;
        await pause();
        continue;
      }
      if (outcome.status === 200) return null;
      if (outcome.status === 409) return { kind: "sold-out" };
      return { kind: "failed", why: `cart.add ${outcome.status}: ${outcome.body.slice(0, 200)}` };
    }
    return { kind: "failed", why: "no server answered cart.add" };
  }

  async function checkout(i: number, buyer: Buyer, attempt: { n: number }): Promise<BuyerResult> {
    const input = {
      idempotencyKey: `storm-buyer-${i}`,
      expectedTotalMinor: buyer.priceMinor * buyer.quantity,
      contact: { name: "Storm Buyer", email: buyer.email },
      fulfilment: { method: "pickup" },
    };
    for (; attempt.n < ATTEMPTS; attempt.n++) {
      const base = origin(i, attempt.n);
      const outcome = await tracked(base, () =>
        trpcMutation(base, "orders.checkout", buyer.cookie, input, shopOrigin),
      );
      if (lost(outcome)) {
        await pause();
        continue;
      }
      if (outcome.status === 409) return { kind: "sold-out" };
      const order = trpcData(outcome, z.object({ id: z.string() }));
      if (order) return { kind: "ordered", orderId: order.id };
      return { kind: "failed", why: `orders.checkout ${outcome.status}: ${outcome.body.slice(0, 200)}` };
    }
    return { kind: "failed", why: "no server answered orders.checkout" };
  }

  const buy = async (i: number, buyer: Buyer) => {
    // One count of attempts per buyer, so a retry always goes to the other server first.
    const attempt = { n: 0 };
    return (await add(i, buyer, attempt)) ?? (await checkout(i, buyer, attempt));
  };

  const results = await Promise.all(
    buyers.map(async (buyer, i) => {
      await new Promise((resolve) => setTimeout(resolve, options.arrivalAt(i)));
      arrived += 1;
      options.onProgress?.(arrived);
      return buy(i, buyer);
    }),
  );
  return { results, connectionErrors };
}
