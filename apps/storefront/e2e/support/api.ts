import { randomUUID } from "node:crypto";
import { type ApiClient, createApiClient } from "@petshop/client";
import { type Cookie, hasExpired, parseSetCookie, type StorageState } from "./cookies";

// The shop's API over HTTP, called the way one browser would: its cookies kept between calls and
// sent back, its Origin named (the server refuses cookie-carrying writes without one). Tests arrange
// what they need through it, and hand the cookies to a browser context to carry on from there.

/** The demo admin the embedded database is seeded with (packages/api/src/domains/users/demo-accounts.ts). */
export const DEMO_ADMIN = { email: "admin@petshop.localhost", password: "demo-admin-2026!" } as const;

export interface ApiSession {
  client: ApiClient;
  /** Submits a form of the shop's own server-rendered pages (the local payment page); redirects are not followed. */
  submitForm: (url: string) => Promise<Response>;
  /** The cookies this caller holds now, for a browser context that carries on as it. */
  storageState: () => StorageState;
}

/** A caller of the shop at `shopUrl`, holding the cookies of `state` if given. */
export function apiSession(shopUrl: string, state?: StorageState): ApiSession {
  const host = new URL(shopUrl).hostname;
  const jar = new Map<string, Cookie>(state?.cookies.map((cookie) => [cookie.name, cookie]));
  const send: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("origin", shopUrl);
    const cookies = [...jar.values()].filter((cookie) => !hasExpired(cookie));
    if (cookies.length > 0) headers.set("cookie", cookies.map((c) => `${c.name}=${c.value}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header, host);
      if (hasExpired(cookie)) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie);
    }
    return response;
  };
  return {
    client: createApiClient({ url: shopUrl, fetch: send }),
    submitForm: (url) => send(url, { method: "POST", redirect: "manual" }),
    storageState: () => ({ cookies: [...jar.values()], origins: [] }),
  };
}

/** Signs in through `users.login`, as the sign-in form does, and returns the signed-in caller. */
export async function signIn(shopUrl: string, email: string, password: string): Promise<ApiSession> {
  const session = apiSession(shopUrl);
  await session.client.users.login.mutate({ email, password });
  return session;
}

export interface Customer {
  name: string;
  email: string;
  password: string;
  session: ApiSession;
}

/** A new customer account (a unique email, so tests sharing the database never meet), signed in. */
export async function registerCustomer(shopUrl: string, name = "Casey Customer"): Promise<Customer> {
  const email = `e2e-${randomUUID()}@example.test`;
  const password = "a long pet-shop password";
  const session = apiSession(shopUrl);
  await session.client.users.register.mutate({ name, email, password });
  return { name, email, password, session };
}
