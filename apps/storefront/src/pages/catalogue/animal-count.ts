import { SHOP_LOCALE } from "@petshop/ui";

/** "1 animal", "1,204 animals". */
export function animalCount(count: number): string {
  return `${count.toLocaleString(SHOP_LOCALE)} ${count === 1 ? "animal" : "animals"}`;
}
