import type { RouterOutputs } from "@petshop/client/react";
import type { UserRole } from "@petshop/db/constants";

// Objects as the API returns them, with unique ids per call.

type Me = NonNullable<RouterOutputs["users"]["me"]>;
type Account = RouterOutputs["users"]["list"]["items"][number];
type ApiToken = RouterOutputs["users"]["listApiTokens"][number];
type StaffAnimal = RouterOutputs["animals"]["byId"];
type ListedAnimal = RouterOutputs["animals"]["list"]["items"][number];

let sequence = 0;
const nextId = () => {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`;
};

export function fakeMe(role: UserRole, overrides: Partial<Me> = {}): Me {
  return {
    id: nextId(),
    email: `${role}@example.com`,
    name: `Sam ${role}`,
    role,
    createdAt: "2026-11-01T12:00:00.000Z",
    ...overrides,
  };
}

export function fakeAccount(overrides: Partial<Account> = {}): Account {
  const id = nextId();
  return {
    id,
    email: `person-${id.slice(-4)}@example.com`,
    name: `Person ${id.slice(-4)}`,
    role: "customer",
    createdAt: "2026-11-10T12:00:00.000Z",
    updatedAt: "2026-11-10T12:00:00.000Z",
    disabledAt: null,
    ...overrides,
  };
}

/** The account list's view of the signed-in user, so their own row can be found. */
export function accountOf(me: Me): Account {
  return fakeAccount({ ...me, updatedAt: me.createdAt });
}

export function fakeToken(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: nextId(),
    name: "Nightly import",
    createdAt: "2026-11-01T12:00:00.000Z",
    expiresAt: "2099-01-30T12:00:00.000Z",
    lastUsedAt: null,
    ...overrides,
  };
}

/** A listing as staff load it (animals.byId): with status and version. */
export function fakeAnimal(overrides: Partial<StaffAnimal> = {}): StaffAnimal {
  const id = nextId();
  return {
    id,
    slug: `honey-${id.slice(-4)}`,
    name: "Honey",
    species: "dog",
    breed: "Golden Retriever",
    sex: "female",
    birthDate: "2026-08-30",
    description: "A gentle puppy who loves people.",
    priceMinor: 150000,
    currency: "EUR",
    stock: 1,
    images: [],
    status: "draft",
    version: 1,
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

/** The same listing as animals.list shows it: the shop card's columns and its status. */
export function listed(animal: StaffAnimal): ListedAnimal {
  const { description: _d, updatedAt: _u, version: _v, ...card } = animal;
  return card;
}
