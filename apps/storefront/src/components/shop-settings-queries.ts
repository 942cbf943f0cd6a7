import type { Api } from "@petshop/client/react";

// The shop's settings a page shows (where pickup orders are collected, where it delivers), built in
// one place so that route loaders and components share their cache entries. They change only with
// a restart of the server, so a page never asks twice.

type Trpc = Api["trpc"];

/** The pickup point's address and opening hours. */
export const pickupPointQuery = (trpc: Trpc) =>
  trpc.orders.pickupPoint.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY });

/** The countries the shop delivers to. */
export const deliveryCountriesQuery = (trpc: Trpc) =>
  trpc.orders.deliveryCountries.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY });
