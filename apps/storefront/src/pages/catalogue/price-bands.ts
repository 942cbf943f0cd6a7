import type { RouterOutputs } from "@petshop/client/react";
import { SHOP_LOCALE } from "@petshop/ui";
import { toCents } from "./api-input";
import type { CatalogueSearch } from "./search";

export type PriceBand = RouterOutputs["animals"]["facets"]["priceBands"][number];
type PriceRange = Pick<CatalogueSearch, "priceMin" | "priceMax">;

// Made on first use: the first number format of a page costs ICU's locale data (about 100 ms of a
// phone's start-up under Lighthouse's 4x slowdown), which belongs to the render that shows a price,
// not to loading the module (decision 016).
let eurosMade: Intl.NumberFormat | undefined;

/** The shop sells in euros; the facets' bands are in its minor units (cents). */
const euros = () =>
  (eurosMade ??= new Intl.NumberFormat(SHOP_LOCALE, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }));

/** Bands start on whole euros, so "€50" reads better than "€50.00". */
export function priceBandLabel({ from, to }: PriceBand): string {
  const format = (minor: number) => euros().format(minor / 100);
  if (to === null) return `${format(from)} and over`;
  if (from === 0) return `Under ${format(to)}`;
  return `${format(from)} to ${format(to)}`;
}

/**
 * A band is [from, to) but the API's priceMax is inclusive, so the band ends a cent below the next
 * one: otherwise an animal at exactly €200 would be counted in one band and listed in two.
 */
export function priceBandRange({ from, to }: PriceBand): PriceRange {
  return {
    priceMin: from === 0 ? undefined : from / 100,
    priceMax: to === null ? undefined : (to - 1) / 100,
  };
}

export function isPriceBandChosen(band: PriceBand, chosen: PriceRange): boolean {
  const range = priceBandRange(band);
  const cents = (value: number | undefined) => (value === undefined ? undefined : toCents(value));
  return cents(range.priceMin) === cents(chosen.priceMin) && cents(range.priceMax) === cents(chosen.priceMax);
}
