import { type IncomingHttpHeaders, request } from "node:http";
import { z } from "zod";

// Requests for the fault tests, each on a connection of its own: "a new connection" then really is
// one, and a process killed under a request shows as that request's error (ECONNRESET, or
// ECONNREFUSED once nothing listens).

export type Outcome =
  | { status: number; headers: IncomingHttpHeaders; body: string }
  | { status: "error"; code: string };

const errorCode = (error: Error) =>
  "code" in error && typeof error.code === "string" ? error.code : error.message;

export function freshRequest(
  url: string,
  init: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, { method: init.method ?? "GET", headers: init.headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", (error) => resolve({ status: "error", code: errorCode(error) }));
    });
    req.setTimeout(init.timeoutMs ?? 30_000, () => req.destroy(new Error("timed out")));
    req.on("error", (error) => resolve({ status: "error", code: errorCode(error) }));
    req.end(init.body);
  });
}

/** The `data` of a single (unbatched) tRPC answer, when it has the shape `data` describes. */
export function trpcData<T>(outcome: Outcome, data: z.ZodType<T>): T | undefined {
  if (outcome.status !== 200) return undefined;
  const parsed = z.object({ result: z.object({ data }) }).safeParse(JSON.parse(outcome.body));
  return parsed.success ? parsed.data.result.data : undefined;
}

/** A tRPC mutation (a single call, not batched) as a browser on the shop's origin sends it. */
export function trpcMutation(
  origin: string,
  path: string,
  cookie: string,
  input: unknown,
  shopOrigin: string,
) {
  return freshRequest(`${origin}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: shopOrigin },
    body: JSON.stringify(input),
  });
}
