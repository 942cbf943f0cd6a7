import { describe, expect, it } from "vitest";
import { clearedSessionCookie, readSessionCookie, sessionCookie } from "./session-cookie";

const now = new Date("2026-11-21T12:00:00Z");
const in30Days = new Date(now.getTime() + 30 * 86_400_000);

describe("the session cookie", () => {
  it("over https is __Host- prefixed and Secure", () => {
    const cookie = sessionCookie("id.secret", in30Days, { secure: true }, now);
    expect(cookie).toBe("__Host-session=id.secret; Max-Age=2592000; Path=/; HttpOnly; Secure; SameSite=Lax");
    expect(readSessionCookie("a=1; __Host-session=id.secret", { secure: true })).toBe("id.secret");
    // A plain `session` cookie is not the secure one: a network attacker could have planted it.
    expect(readSessionCookie("session=planted", { secure: true })).toBeUndefined();
  });

  it("over plain http has no prefix and no Secure flag", () => {
    expect(sessionCookie("t", in30Days, { secure: false }, now)).toBe(
      "session=t; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax",
    );
    expect(clearedSessionCookie({ secure: false })).toBe(
      "session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    );
  });
});
