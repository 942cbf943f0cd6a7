// Whether a code is a country of ISO 3166-1 alpha-2, read from the ICU data Node ships rather
// than a list kept by hand. `@petshop/db/constants` holds the same test for the API and the SPAs
// (packages/db/src/countries.ts): this package depends on nothing of the shop's, and browsers must
// not import it, since it reads the environment.

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/**
 * Codes ICU names that are not ISO 3166-1 countries: groupings (EU, EZ, UN, QO, ZZ), codes ISO
 * only reserves (AC, CP, DG, EA, IC, TA) and the user-assigned XK.
 */
const NOT_COUNTRIES = new Set(["AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XK", "ZZ"]);

/** The current code a deprecated one stands for (UK for GB, DD for DE), or the code itself. */
export function canonicalRegion(code: string): string {
  // Anything but two letters is no region at all, and Intl would throw on it.
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
}

/** True for a current ISO 3166-1 alpha-2 country code in capitals: `IE`, not `ie`, `UK` or `ZZ`. */
export function isCountryCode(code: string): boolean {
  return (
    !NOT_COUNTRIES.has(code) &&
    /^[A-Z]{2}$/.test(code) &&
    canonicalRegion(code) === code &&
    regionNames.of(code) !== undefined
  );
}
