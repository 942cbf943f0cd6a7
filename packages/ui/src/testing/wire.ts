// tRPC's HTTP format as the shared client's links use it (packages/client/src/links.ts): a batch
// names its procedures in the path and sends its inputs keyed "0", "1", … with `?batch=1`, and is
// answered by an array; a call sent alone (sign-in, checkout, …) sends its input as it is, and is
// answered by one object. Queries carry their inputs in the URL, mutations in a POST body.

/** One procedure call as the client put it on the wire. */
export interface WireCall {
  path: string;
  input: unknown;
}

/** One call's answer: its HTTP status and its `{ result }` or `{ error }` envelope. */
export interface WireAnswer {
  status: number;
  body: unknown;
}

export async function readCalls(request: Request): Promise<{ batch: boolean; calls: WireCall[] }> {
  const url = new URL(request.url);
  const paths = decodeURIComponent(url.pathname.replace(/^.*\/trpc\//, "")).split(",");
  const raw = request.method === "POST" ? await request.text() : url.searchParams.get("input");
  const sent: unknown = raw ? JSON.parse(raw) : undefined;
  const batch = url.searchParams.get("batch") === "1";
  if (!batch) return { batch, calls: paths.map((path) => ({ path, input: sent })) };
  const inputs: Record<string, unknown> = typeof sent === "object" && sent !== null ? { ...sent } : {};
  return { batch, calls: paths.map((path, index) => ({ path, input: inputs[String(index)] })) };
}

/** Like the server: one status when every call agrees, 207 Multi-Status when they differ. */
export function respond(batch: boolean, answers: WireAnswer[]): Response {
  const statuses = new Set(answers.map((answer) => answer.status));
  const status = statuses.size === 1 ? (answers[0]?.status ?? 200) : 207;
  const body = batch ? answers.map((answer) => answer.body) : answers[0]?.body;
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
