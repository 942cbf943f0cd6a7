import type { RouterOutputs } from "@petshop/client/react";

// Objects as the API returns them to a customer, with unique ids per call.

let sequence = 0;

/** A catalogue card as the API returns it. */
export function fakeAnimal(
  overrides: Partial<RouterOutputs["animals"]["list"]["items"][number]> = {},
): RouterOutputs["animals"]["list"]["items"][number] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    status: "active",
    slug: `animal-${sequence}`,
    name: `Animal ${sequence}`,
    species: "dog",
    breed: "Beagle",
    sex: "female",
    birthDate: "2026-09-01",
    priceMinor: 95000,
    currency: "EUR",
    stock: 1,
    images: [{ url: "/images/animals/dog-golden.svg", alt: "A golden puppy" }],
    createdAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

/** Facet counts as `animals.facets` returns them: none unless given. */
export function fakeFacets(
  overrides: Partial<RouterOutputs["animals"]["facets"]> = {},
): RouterOutputs["animals"]["facets"] {
  return { total: 0, species: [], priceBands: [], ...overrides };
}

/** A signed-in customer as `users.me` returns it. */
export function fakeAccount(
  overrides: Partial<NonNullable<RouterOutputs["users"]["me"]>> = {},
): NonNullable<RouterOutputs["users"]["me"]> {
  return {
    id: "00000000-0000-4000-8000-00000000a001",
    email: "ann@example.com",
    name: "Ann Murphy",
    role: "customer",
    createdAt: "2026-11-01T10:00:00.000Z",
    ...overrides,
  };
}

/** One of the signed-in user's sessions as `users.listSessions` returns it. */
export function fakeSession(
  overrides: Partial<RouterOutputs["users"]["listSessions"][number]> = {},
): RouterOutputs["users"]["listSessions"][number] {
  sequence += 1;
  return {
    // Shaped like the server's: 24 characters of lower-case base32.
    id: String(sequence)
      .padStart(24, "0")
      .replace(/\d/g, (digit) => "abcdefghij".charAt(Number(digit))),
    createdAt: "2026-11-20T10:00:00.000Z",
    lastUsedAt: "2026-11-21T09:30:00.000Z",
    expiresAt: "2026-12-20T10:00:00.000Z",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
    ipAddress: "203.0.113.7",
    current: false,
    ...overrides,
  };
}
