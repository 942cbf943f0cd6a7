import { SHOP_LOCALE } from "./money";

// Countries by their ISO 3166-1 alpha-2 codes, and their names as people read them ("Ireland",
// not "IE"), from the ICU data browsers and Node ship rather than a list kept by hand.
// packages/config checks DELIVERY_COUNTRIES with the same test (its src/country-codes.ts), since
// the settings module depends on nothing of the shop's.

// Made on first use: building it loads ICU's region data, which costs a phone's browser over 40 ms
// (170 ms under Lighthouse's 4x slowdown), and every page that imports the constants would pay it
// while loading, whether or not it shows a country.
let regionNamesMade: Intl.DisplayNames | undefined;
const regionNames = () =>
  (regionNamesMade ??= new Intl.DisplayNames([SHOP_LOCALE], { type: "region", fallback: "none" }));

/**
 * Codes ICU names that are not ISO 3166-1 countries: groupings (EU, EZ, UN, QO, ZZ), codes ISO
 * only reserves (AC, CP, DG, EA, IC, TA) and the user-assigned XK.
 */
const NOT_COUNTRIES = new Set(["AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XK", "ZZ"]);

/** True for a current ISO 3166-1 alpha-2 country code in capitals: `IE`, not `ie`, `UK` or `ZZ`. */
export function isCountryCode(code: string): boolean {
  return (
    /^[A-Z]{2}$/.test(code) &&
    !NOT_COUNTRIES.has(code) &&
    // A deprecated code (UK, DD) canonicalises to the current one (GB, DE).
    Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}` &&
    regionNames().of(code) !== undefined
  );
}

/** The country's English name ("Ireland" for IE); an unknown code is shown as it was given. */
export function countryName(code: string): string {
  return isCountryCode(code) ? (regionNames().of(code) ?? code) : code;
}

/** A country a customer can choose: its code, and its name to show. */
export interface CountryOption {
  code: string;
  name: string;
}

/** The countries as a list to choose from, in the order given. */
export function countryOptions(codes: readonly string[]): CountryOption[] {
  return codes.map((code) => ({ code, name: countryName(code) }));
}
