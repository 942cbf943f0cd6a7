// Values and rules about the data that browsers need too (forms, filters, labels). This entry
// imports no driver, so the SPAs can use it: `@petshop/db/constants`.
export { type CountryOption, countryName, countryOptions, isCountryCode } from "./countries";
export * from "./enums";
export { formatPrice, SHOP_CURRENCY, SHOP_LOCALE } from "./money";
export {
  formatPostalCode,
  POSTAL_CODE_RULES,
  type PostalCodeRule,
  postalCodeExample,
  postalCodeHint,
  tidyPostalCode,
} from "./postal-codes";
export { SLUG_PATTERN, slugify } from "./slug";
