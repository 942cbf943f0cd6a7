import type { AnimalSex, Fulfilment, OrderStatus, Species } from "@petshop/db/constants";

/** How each species is named in filters and headings (plural). */
export const SPECIES_LABELS: Record<Species, string> = {
  dog: "Dogs",
  cat: "Cats",
  bird: "Birds",
  fish: "Fish",
  reptile: "Reptiles",
  small_mammal: "Small mammals",
};

export const SEX_LABELS: Record<AnimalSex, string> = {
  male: "Male",
  female: "Female",
  unknown: "Mixed or unknown",
};

/** An order's status in words, the same in the shop and the staff app. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Fulfilled",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
};

/** How the animals reach the customer. */
export const FULFILMENT_LABELS: Record<Fulfilment, string> = {
  pickup: "Pickup at the shop",
  delivery: "Delivery",
};
