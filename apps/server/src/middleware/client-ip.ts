import { getConnInfo } from "@hono/node-server/conninfo";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";

/**
 * The client's address. With `trustedHops` proxies in front, each appends the address it saw to
 * X-Forwarded-For, so the client is the entry that many places from the right (the socket's peer
 * being the last proxy). Entries further left were written by the client and prove nothing.
 */
export function clientAddress(
  socketAddress: string | null,
  forwardedFor: string | undefined,
  trustedHops: number,
) {
  if (trustedHops === 0) return socketAddress;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - trustedHops] ?? socketAddress;
}

function socketAddress(c: Parameters<typeof getConnInfo>[0]): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // No socket (requests made with app.request() in tests).
    return null;
  }
}

export function clientIp(trustedHops: number) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("clientIp", clientAddress(socketAddress(c), c.req.header("x-forwarded-for"), trustedHops));
    await next();
  });
}
