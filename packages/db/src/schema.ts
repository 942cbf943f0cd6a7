import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { AnimalSex, AnimalStatus, MailStatus, Species, UserRole } from "./enums";

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
  /** Generated from name, breed and description; never written. */
  search: ColumnType<string, never, never>;
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

export interface CatalogueVersionTable {
  singleton: ColumnType<true, true | undefined, never>;
  /** bigint, read as a string by both drivers. */
  version: ColumnType<string, never, string | number>;
  updatedAt: Timestamp;
}

export interface Database {
  animals: AnimalsTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  passwordResetTokens: PasswordResetTokensTable;
  authThrottles: AuthThrottlesTable;
  mailOutbox: MailOutboxTable;
  stockAdjustments: StockAdjustmentsTable;
  catalogueVersion: CatalogueVersionTable;
}

export type Animal = Selectable<AnimalsTable>;
export type NewAnimal = Insertable<AnimalsTable>;
export type AnimalUpdate = Updateable<AnimalsTable>;
export type User = Selectable<UsersTable>;
