import { expect, it } from "vitest";

it("makes zod build its parsers without eval, whichever loads first", async () => {
  await import("./csp-safe-zod");
  const { z } = await import("zod");
  expect(z.config().jitless).toBe(true);
  // An object schema parses with the setting in place (it would probe `Function` otherwise).
  expect(z.object({ name: z.string() }).parse({ name: "Biscuit" })).toEqual({ name: "Biscuit" });
});
