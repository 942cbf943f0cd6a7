import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";
import { acceptsEncoding, varyOnAcceptEncoding } from "./content-coding";
import { isCompleteAnswer } from "./house-headers";

const gzipAsync = promisify(gzip);

/** Below about one packet the answer costs the same round trip compressed or not. */
export const API_COMPRESSION_MIN_BYTES = 1024;

/** `body` gzipped, or null when it is below API_COMPRESSION_MIN_BYTES and not worth it. */
export async function gzipWhenWorthIt(body: Uint8Array): Promise<Uint8Array<ArrayBuffer> | null> {
  return body.byteLength < API_COMPRESSION_MIN_BYTES ? null : new Uint8Array(await gzipAsync(body));
}

/**
 * Gzips JSON answers to queries (GET) of at least API_COMPRESSION_MIN_BYTES when the client
 * accepts gzip; every GET answer says `Vary: Accept-Encoding`, since the same URL may grow past the
 * threshold. Mutations (POST) are left alone: their answers can hold a secret (a new API token)
 * beside what the caller sent, the mix through which compressed sizes leak secrets (BREACH).
 * Streamed answers (tRPC's JSONL, server-sent events) pass untouched: gzipping them would hold
 * each chunk back. A complete answer (house-headers.ts: a kept one, a catalogue miss) is in its
 * encoding already and says so. gzip rather than brotli: at a CPU cost like gzip's (quality 4)
 * brotli is no smaller on our JSON, and where it is smaller (quality 5+) it costs 1.5-2.5x as much
 * for 4-5 %.
 */
export function compressApiAnswers() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.req.method !== "GET" || isCompleteAnswer(c.res)) return;
    const res = c.res;
    varyOnAcceptEncoding(res.headers);
    // Headers first: touching `body` turns node-server's light Response into a fetch one, which
    // costs a kept answer (already in its encoding) more than sending it.
    const length = res.headers.get("content-length");
    if (
      !(res.headers.get("content-type") ?? "").startsWith("application/json") ||
      res.headers.has("content-encoding") ||
      res.headers.has("transfer-encoding") ||
      (length !== null && Number(length) < API_COMPRESSION_MIN_BYTES) ||
      /\bno-transform\b/i.test(res.headers.get("cache-control") ?? "") ||
      !acceptsEncoding(c.req.header("accept-encoding"), "gzip") ||
      !res.body
    ) {
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.length < API_COMPRESSION_MIN_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const compressed = await gzipAsync(body);
    c.res = new Response(compressed, res);
    c.res.headers.set("Content-Encoding", "gzip");
    c.res.headers.set("Content-Length", String(compressed.length));
    // Two encodings of one answer are the same content, not the same bytes.
    const etag = c.res.headers.get("etag");
    if (etag && !etag.startsWith("W/")) c.res.headers.set("ETag", `W/${etag}`);
  });
}
