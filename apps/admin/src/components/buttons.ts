import { BUTTON_STYLES } from "@petshop/ui";

/** The staff app is dense: its buttons are the compact ones, e.g. `className={button.primary}`. */
export const button = BUTTON_STYLES.compact;
