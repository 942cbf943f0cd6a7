import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { anonymousCaller, callerWith, insertAnimal, signedInActor } from "./test-support/context";
import { quickCustomer } from "./test-support/orders";
import { onPostgres, raceDeps } from "./test-support/races";

// Writers racing for a value a unique constraint guards: each race is either resolved (the next
// free slug, the cart the racer made) or a CONFLICT with a message, never a 500. PGlite is one
// connection and cannot race, so these run only when the tests use PostgreSQL.

const deps = raceDeps(20);

const codeOf = (reason: unknown) => (reason instanceof TRPCError ? reason.code : String(reason));

/** Every call either succeeded or was a CONFLICT; returns the values and the CONFLICT messages. */
function settled<T>(results: PromiseSettledResult<T>[]) {
  const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  expect(failures.map(codeOf).filter((code) => code !== "CONFLICT")).toEqual([]);
  return {
    values: results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : [])),
    conflicts: failures.map((f: unknown) => (f instanceof Error ? f.message : String(f))),
  };
}

const listing = {
  species: "dog" as const,
  breed: "Beagle",
  sex: "male" as const,
  birthDate: "2026-09-01",
  description: "",
  priceMinor: 80000,
  currency: "EUR",
};

async function staffCallers(n: number) {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const staff = await signedInActor(deps(), "staff");
      return (await callerWith(deps(), { cookie: staff.cookie })).caller;
    }),
  );
}

const slugsNamed = async (name: string) =>
  (await deps().db.selectFrom("animals").select("slug").where("name", "=", name).execute())
    .map((r) => r.slug)
    .sort();

describe.runIf(onPostgres)("animal slugs under concurrency (PostgreSQL)", () => {
  it("six staff creating Rex at once make six listings: rex, rex-2 … rex-6", async () => {
    const callers = await staffCallers(6);

    const results = await Promise.allSettled(
      callers.map((c) => c.animals.create({ ...listing, name: "Rex" })),
    );

    const { values } = settled(results);
    expect(values).toHaveLength(6);
    expect(await slugsNamed("Rex")).toEqual(["rex", "rex-2", "rex-3", "rex-4", "rex-5", "rex-6"]);
  });

  it("drafts renamed while others are created, and names that reach the same slug, all get their own", async () => {
    const callers = await staffCallers(9);
    const drafts = await Promise.all(
      [1, 2, 3].map((i) => callers[0]?.animals.create({ ...listing, name: `Draft ${i}` })),
    );

    const results = await Promise.allSettled([
      ...drafts.map((d, i) =>
        callers[i]?.animals.update({ ...listing, id: d?.id ?? "", version: d?.version ?? 0, name: "Bella" }),
      ),
      ...[3, 4, 5].map((i) => callers[i]?.animals.create({ ...listing, name: "Bella" })),
      // "Bella 2" is slugged bella-2, which the second Bella would take as well.
      ...[6, 7, 8].map((i) => callers[i]?.animals.create({ ...listing, name: "Bella 2" })),
    ]);

    const { values } = settled(results);
    expect(values).toHaveLength(9);
    const slugs = [...(await slugsNamed("Bella")), ...(await slugsNamed("Bella 2"))];
    expect(slugs).toHaveLength(9);
    expect(new Set(slugs).size).toBe(9);
    expect(slugs).toContain("bella");
    for (const slug of slugs) expect(slug).toMatch(/^bella(-[0-9]+)?(-[0-9]+)?$/);
  });
});

describe.runIf(onPostgres)("registration under concurrency (PostgreSQL)", () => {
  it("one email registered six times at once: one account, five CONFLICTs worded as for a taken email", async () => {
    const register = async () =>
      (await anonymousCaller(deps())).users.register({
        email: "racer@example.test",
        name: "Racer",
        password: "a long enough secret",
      });

    const { values, conflicts } = settled(await Promise.allSettled(Array.from({ length: 6 }, register)));

    expect(values).toHaveLength(1);
    const later = await register().catch((e: unknown) => e);
    expect(codeOf(later)).toBe("CONFLICT");
    // The same words as a registration long after, so a race reveals nothing more.
    expect(conflicts).toEqual(Array(5).fill(later instanceof Error ? later.message : ""));
    const users = await deps()
      .db.selectFrom("users")
      .select("id")
      .where("email", "=", "racer@example.test")
      .execute();
    expect(users).toHaveLength(1);
  });
});

describe.runIf(onPostgres)("carts under concurrency (PostgreSQL)", () => {
  it("a signed-in customer's first adds, ten at once, make one cart holding all of them", async () => {
    const customer = await quickCustomer(deps());
    const animal = await insertAnimal(deps().db, { stock: 20 });
    const others = await Promise.all([1, 2, 3].map(() => insertAnimal(deps().db, { stock: 5 })));
    const add = async (animalId: string) =>
      (await callerWith(deps(), { cookie: customer.cookie })).caller.cart.add({ animalId, quantity: 1 });

    const results = await Promise.allSettled([
      ...Array.from({ length: 7 }, () => add(animal.id)),
      ...others.map((o) => add(o.id)),
    ]);

    expect(settled(results).values).toHaveLength(10);
    const carts = await deps()
      .db.selectFrom("carts")
      .select("id")
      .where("userId", "=", customer.id)
      .execute();
    expect(carts).toHaveLength(1);
    const cart = await (await callerWith(deps(), { cookie: customer.cookie })).caller.cart.get();
    expect(cart.itemCount).toBe(10);
    expect(cart.lines.find((l) => l.animalId === animal.id)?.quantity).toBe(7);
  });

  it("an anonymous visitor's first adds at once, with or without a stale cookie, never fail", async () => {
    const animal = await insertAnimal(deps().db, { stock: 20 });
    // A well-formed cart token whose cart is gone (merged at sign-in, or expired).
    const stale = `cart=${"a".repeat(32)}`;
    const add = async (cookie?: string) =>
      (await callerWith(deps(), cookie ? { cookie } : {})).caller.cart.add({
        animalId: animal.id,
        quantity: 1,
      });

    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => add(stale)),
      ...Array.from({ length: 5 }, () => add()),
    ]);

    // Each got a cart of its own, under a fresh token: no two share one.
    expect(settled(results).values).toHaveLength(10);
    const lines = await deps()
      .db.selectFrom("cartLines")
      .select("cartId")
      .where("animalId", "=", animal.id)
      .execute();
    expect(new Set(lines.map((l) => l.cartId)).size).toBe(10);
  });
});
