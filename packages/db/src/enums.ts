// Value lists shared by the schema's CHECK constraints, the API's zod schemas and the UIs.

export const SPECIES = ["dog", "cat", "bird", "fish", "reptile", "small_mammal"] as const;
export type Species = (typeof SPECIES)[number];

export const ANIMAL_SEXES = ["male", "female", "unknown"] as const;
export type AnimalSex = (typeof ANIMAL_SEXES)[number];

export const ANIMAL_STATUSES = ["draft", "active", "archived"] as const;
export type AnimalStatus = (typeof ANIMAL_STATUSES)[number];

/** Who an account is: customers buy; staff run the shop; admins also manage accounts. */
export const USER_ROLES = ["customer", "staff", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MAIL_STATUSES = ["pending", "sent", "logged", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
