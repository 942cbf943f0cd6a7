import { BUTTON_STYLES } from "@petshop/ui";

/** The shop is roomy: its buttons are the comfortable ones, e.g. `className={button.primary}`. */
export const button = BUTTON_STYLES.comfortable;
