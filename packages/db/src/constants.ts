// Values and rules about the data that browsers need too (forms, filters, labels). This entry
// imports no driver, so the SPAs can use it: `@petshop/db/constants`.
export * from "./enums";
export { formatPrice, SHOP_CURRENCY, SHOP_LOCALE } from "./money";
export { SLUG_PATTERN, slugify } from "./slug";
