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

/** An order's life: see the state machine in packages/api (domains/orders/order-status.ts). */
export const ORDER_STATUSES = [
  "pending_payment",
  "paid",
  "fulfilled",
  "cancelled",
  "expired",
  "refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Where an order may go from each status. The API's state machine enforces it; the admin app
 * reads it to offer only the moves that can succeed.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ["paid", "cancelled", "expired"],
  paid: ["fulfilled", "refunded"],
  fulfilled: ["refunded"],
  // Only a payment that arrives late: the units are taken again if they are still there.
  cancelled: ["paid"],
  expired: ["paid"],
  refunded: [],
};

export const FULFILMENTS = ["pickup", "delivery"] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];

/** Who made a change to an order: its customer, shop staff, or the shop's own jobs. */
export const ORDER_ACTOR_KINDS = ["customer", "staff", "system"] as const;
export type OrderActorKind = (typeof ORDER_ACTOR_KINDS)[number];

/** Who takes the money: Stripe when configured, else the shop's own local provider. */
export const PAYMENT_PROVIDERS = ["stripe", "local"] as const;
export type PaymentProviderKind = (typeof PAYMENT_PROVIDERS)[number];

/** A payment attempt: open at the provider, then paid, failed, or lapsed unpaid. */
export const PAYMENT_STATUSES = ["open", "succeeded", "failed", "expired"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
