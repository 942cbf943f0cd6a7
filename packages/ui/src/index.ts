export { availabilityLabel, formatAge, formatPrice, SHOP_LOCALE } from "./format";
export { SEX_LABELS, SPECIES_LABELS } from "./labels";
