import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type {
  AnimalSex,
  AnimalStatus,
  Fulfilment,
  MailStatus,
  OrderActorKind,
  OrderStatus,
  PaymentProviderKind,
  PaymentStatus,
  RefundStatus,
  Species,
  UserRole,
} from "./enums";

// The single source of table shapes. Property names are camelCase; Kysely's CamelCasePlugin maps
// them to the snake_case columns the migrations create.

/**
 * `timestamptz` read as an ISO-8601 UTC string (see type-parsers.ts). Writable as a string or Date;
 * defaulted by the database on insert.
 */
export type Timestamp = ColumnType<string, string | Date | undefined, string | Date>;

/** A picture of an animal, stored in the `images` jsonb array; `url` is same-origin. */
export interface AnimalImage {
  url: string;
  alt: string;
}

export interface AnimalsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  species: Species;
  breed: string;
  sex: AnimalSex;
  /** `date` read as `YYYY-MM-DD`. */
  birthDate: string;
  description: Generated<string>;
  /** jsonb: written as a JSON string, read as the parsed array. */
  images: ColumnType<AnimalImage[], string | undefined, string>;
  /** Integer minor units of `currency`. */
  priceMinor: number;
  /** ISO 4217 code. */
  currency: string;
  stock: Generated<number>;
  status: ColumnType<AnimalStatus, AnimalStatus | undefined, AnimalStatus>;
  /** Bumped on every edit, for optimistic concurrency. */
  version: ColumnType<number, never, number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /**
   * Generated from name, breed and description; never written. Null to PostgreSQL (a generated
   * column is nullable), though the expression always yields a vector.
   */
  search: ColumnType<string | null, never, never>;
}

/** A nullable `timestamptz`, absent on insert unless given. */
export type NullableTimestamp = ColumnType<
  string | null,
  string | Date | null | undefined,
  string | Date | null
>;

/** Nullable text, absent on insert unless given. */
export type NullableText = ColumnType<string | null, string | null | undefined, string | null>;

/** SHA-256 of a secret, lowercase hex. The secret itself is never stored. */
export type SecretHash = string;

export interface UsersTable {
  id: Generated<string>;
  /** Trimmed and lower-cased. */
  email: string;
  name: string;
  passwordHash: string;
  role: ColumnType<UserRole, UserRole | undefined, UserRole>;
  disabledAt: NullableTimestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SessionsTable {
  /** The token's public half. */
  id: string;
  secretHash: SecretHash;
  userId: string;
  createdAt: Timestamp;
  expiresAt: ColumnType<string, string | Date, string | Date>;
  lastUsedAt: Timestamp;
  userAgent: NullableText;
  ipAddress: NullableText;
}

export interface ApiTokensTable {
  id: Generated<string>;
  userId: string;
  name: string;
  tokenHash: SecretHash;
  createdAt: Timestamp;
  expiresAt: ColumnType<string, string | Date, string | Date>;
  lastUsedAt: NullableTimestamp;
}

export interface PasswordResetTokensTable {
  tokenHash: SecretHash;
  userId: string;
  createdAt: Timestamp;
  expiresAt: ColumnType<string, string | Date, string | Date>;
  usedAt: NullableTimestamp;
}

export interface AuthThrottlesTable {
  /** `ip:<address>` or `account:<email>`. */
  key: string;
  failures: Generated<number>;
  blockedUntil: NullableTimestamp;
  updatedAt: Timestamp;
}

export interface RateLimitsTable {
  /** `<rule>:<address>` or `<rule>:<email>`. */
  key: string;
  /** GCRA's theoretical arrival time: when the key has its whole allowance back. */
  freeAt: ColumnType<string, string | Date, string | Date>;
}

export interface MailOutboxTable {
  id: Generated<string>;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  error: NullableText;
  createdAt: Timestamp;
  sentAt: NullableTimestamp;
}

export interface StockAdjustmentsTable {
  id: Generated<string>;
  animalId: string;
  /** Signed: positive for units in, negative for units out. */
  delta: number;
  stockAfter: number;
  reason: string;
  /** Who made it; null once that account is deleted. */
  actorId: string | null;
  createdAt: Timestamp;
}

/** The catalogue's version is the sum of these rows' versions (migration 0008 says why). */
export interface CatalogueVersionTable {
  slot: ColumnType<number, number, never>;
  /** bigint, read as a string by both drivers. */
  version: ColumnType<string, never, string | number>;
  updatedAt: Timestamp;
}

/** A visitor's cart: `userId` for a signed-in user, `tokenHash` (of the cookie's token) otherwise. */
export interface CartsTable {
  id: Generated<string>;
  userId: string | null;
  tokenHash: SecretHash | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** An animal in a cart. No price: prices are read at checkout. */
export interface CartLinesTable {
  cartId: string;
  animalId: string;
  quantity: number;
  addedAt: Timestamp;
}

/** Where a delivery goes; stored as jsonb on the order. */
export interface DeliveryAddress {
  line1: string;
  line2?: string | undefined;
  postalCode: string;
  city: string;
  country: string;
}

export interface OrdersTable {
  id: Generated<string>;
  /** bigint identity, read as a string; shown to people, never used to look an order up. */
  number: ColumnType<string, never, never>;
  userId: string;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  fulfilment: Fulfilment;
  /** jsonb: written as a JSON string, read parsed; set exactly when `fulfilment` is delivery. */
  deliveryAddress: ColumnType<DeliveryAddress | null, string | null, string | null>;
  note: string | null;
  idempotencyKey: string;
  /** When an unpaid order lapses and its stock returns; null once it is no longer pending. */
  expiresAt: NullableTimestamp;
  /** When the order confirmation went to the outbox. */
  confirmationMailedAt: NullableTimestamp;
  /** Why staff must look at this order (a payment that could not be honoured), or null. */
  attention: NullableText;
  /** When the payment receipt went to the outbox. */
  receiptMailedAt: NullableTimestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** An ordered animal, with its name and unit price as they were at checkout. */
export interface OrderLinesTable {
  orderId: string;
  animalId: string;
  name: string;
  unitPriceMinor: number;
  quantity: number;
}

/** An order's history: every status change and every staff note. */
export interface OrderEventsTable {
  /** bigint identity, read as a string: the order in which events happened. */
  id: ColumnType<string, never, never>;
  orderId: string;
  kind: "status" | "note";
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  actorKind: OrderActorKind;
  /** The account that acted; null for the shop's jobs, or once that account is deleted. */
  actorId: string | null;
  reason: string | null;
  createdAt: Timestamp;
}

/** One attempt to pay an order at a provider. */
export interface PaymentsTable {
  id: Generated<string>;
  orderId: string;
  provider: PaymentProviderKind;
  /** Stripe's Checkout Session id, or the local provider's attempt id. */
  providerSessionId: string;
  /** Stripe's PaymentIntent id, once paid. */
  providerPaymentId: NullableText;
  /** Where the customer pays. */
  redirectUrl: string;
  amountMinor: number;
  currency: string;
  status: ColumnType<PaymentStatus, PaymentStatus | undefined, PaymentStatus>;
  /** How much of `amountMinor` has been refunded (successful refunds only). */
  refundedMinor: Generated<number>;
  expiresAt: ColumnType<string, string | Date, string | Date>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RefundsTable {
  id: Generated<string>;
  paymentId: string;
  providerRefundId: NullableText;
  amountMinor: number;
  reason: string;
  /** Whether the units went back on sale. */
  restock: boolean;
  status: RefundStatus;
  actorId: string | null;
  /** When the customer was mailed about it. */
  noticeMailedAt: NullableTimestamp;
  createdAt: Timestamp;
}

/** Every provider event received, once per provider event id. */
export interface PaymentEventsTable {
  /** bigint identity, read as a string. */
  id: ColumnType<string, never, never>;
  provider: PaymentProviderKind;
  providerEventId: string;
  type: string;
  paymentId: string | null;
  /** What the event did: applied, ignored, refused… */
  outcome: string;
  /** jsonb: written as a JSON string. */
  payload: ColumnType<unknown, string, string>;
  receivedAt: Timestamp;
}

export interface Database {
  animals: AnimalsTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  passwordResetTokens: PasswordResetTokensTable;
  authThrottles: AuthThrottlesTable;
  rateLimits: RateLimitsTable;
  mailOutbox: MailOutboxTable;
  stockAdjustments: StockAdjustmentsTable;
  catalogueVersion: CatalogueVersionTable;
  carts: CartsTable;
  cartLines: CartLinesTable;
  orders: OrdersTable;
  orderLines: OrderLinesTable;
  orderEvents: OrderEventsTable;
  payments: PaymentsTable;
  refunds: RefundsTable;
  paymentEvents: PaymentEventsTable;
}

export type Animal = Selectable<AnimalsTable>;
export type NewAnimal = Insertable<AnimalsTable>;
export type AnimalUpdate = Updateable<AnimalsTable>;
export type User = Selectable<UsersTable>;
