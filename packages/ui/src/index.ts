export { Badge, type BadgeTone } from "./Badge";
export { BusyButton } from "./BusyButton";
export { BUTTON_STYLES, type ButtonStyles } from "./buttons";
export type { Density } from "./density";
export {
  availabilityLabel,
  formatAge,
  formatCount,
  formatDate,
  formatDateTime,
  formatPrice,
  prepareNumberFormats,
  SHOP_LOCALE,
} from "./format";
export { FULFILMENT_LABELS, ORDER_STATUS_LABELS, SEX_LABELS, SPECIES_LABELS } from "./labels";
