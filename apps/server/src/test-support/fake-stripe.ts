import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the Stripe API, for the calls the shop makes: create and retrieve a
// Checkout Session, create a refund. It records every request, replays a repeated idempotency key
// with the first answer (as Stripe does), and answers errors in Stripe's shape. The official SDK is
// pointed at it with `host`, `port` and `protocol`.

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  params: URLSearchParams;
}

type StripeObject = Record<string, unknown>;

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      text += chunk;
    });
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

/** Sums `line_items[i][quantity] × line_items[i][price_data][unit_amount]` of a form body. */
function amountTotal(params: URLSearchParams): number {
  let total = 0;
  for (let i = 0; params.has(`line_items[${i}][quantity]`); i++) {
    total +=
      Number(params.get(`line_items[${i}][quantity]`)) *
      Number(params.get(`line_items[${i}][price_data][unit_amount]`));
  }
  return total;
}

const metadataOf = (params: URLSearchParams, prefix: string) =>
  Object.fromEntries(
    [...params.entries()]
      .filter(([key]) => key.startsWith(`${prefix}[`))
      .map(([key, value]) => [key.slice(prefix.length + 1, -1), value]),
  );

export async function startFakeStripe() {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, StripeObject>();
  const replies = new Map<string, { status: number; json: StripeObject }>();
  /** What each payment intent captured, for refund limits. */
  const captured = new Map<string, { amount: number; refunded: number }>();
  let counter = 0;

  const error = (status: number, message: string) => ({
    status,
    json: { error: { type: "invalid_request_error", message } },
  });

  function handle(
    method: string,
    path: string,
    params: URLSearchParams,
  ): { status: number; json: StripeObject } {
    if (method === "POST" && path === "/v1/checkout/sessions") {
      counter += 1;
      const id = `cs_test_${counter}`;
      const session: StripeObject = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        mode: params.get("mode"),
        status: "open",
        payment_status: "unpaid",
        payment_intent: null,
        amount_total: amountTotal(params),
        currency: params.get("line_items[0][price_data][currency]"),
        customer_email: params.get("customer_email"),
        client_reference_id: params.get("client_reference_id"),
        expires_at: Number(params.get("expires_at")),
        metadata: metadataOf(params, "metadata"),
        success_url: params.get("success_url"),
        cancel_url: params.get("cancel_url"),
      };
      sessions.set(id, session);
      return { status: 200, json: session };
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(path);
    if (method === "GET" && retrieve?.[1]) {
      const session = sessions.get(retrieve[1]);
      return session
        ? { status: 200, json: session }
        : error(404, `No such checkout.session: '${retrieve[1]}'`);
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = params.get("payment_intent") ?? "";
      const charge = captured.get(intent);
      if (!charge) return error(400, `No such payment_intent: '${intent}'`);
      const amount = Number(params.get("amount") ?? charge.amount - charge.refunded);
      if (amount > charge.amount - charge.refunded) {
        return error(400, `Refund amount (${amount}) is greater than unrefunded amount on charge`);
      }
      charge.refunded += amount;
      counter += 1;
      return {
        status: 200,
        json: {
          id: `re_test_${counter}`,
          object: "refund",
          amount,
          payment_intent: intent,
          status: "succeeded",
          metadata: metadataOf(params, "metadata"),
        },
      };
    }
    return error(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  const server: Server = createServer(async (request, response) => {
    const [path = "", query = ""] = (request.url ?? "").split("?");
    const params = new URLSearchParams(request.method === "GET" ? query : await body(request));
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
    requests.push({ method: request.method ?? "", path, idempotencyKey, params });
    const replayKey = idempotencyKey ? `${request.method} ${path} ${idempotencyKey}` : undefined;
    const previous = replayKey ? replies.get(replayKey) : undefined;
    const reply = previous ?? handle(request.method ?? "", path, params);
    if (replayKey && !previous) replies.set(replayKey, reply);
    response.writeHead(reply.status, {
      "content-type": "application/json",
      "request-id": `req_${requests.length}`,
      ...(previous ? { "idempotent-replayed": "true" } : {}),
    });
    response.end(JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    api: { host: "127.0.0.1", port, protocol: "http" as const },
    requests,
    sessions,
    /** What the customer does at Stripe: pays the session (its PaymentIntent now holds the money). */
    pay(sessionId: string): StripeObject {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      const intent = `pi_test_${sessionId}`;
      Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: intent });
      captured.set(intent, { amount: Number(session.amount_total), refunded: 0 });
      return session;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
