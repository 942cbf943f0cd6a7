/** "comfortable" for the shop's customers, "compact" for the dense staff app. */
export type Density = "comfortable" | "compact";
