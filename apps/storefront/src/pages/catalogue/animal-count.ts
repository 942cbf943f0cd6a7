import { formatCount } from "@petshop/ui";

/** "1 animal", "1,204 animals". */
export function animalCount(count: number): string {
  return `${formatCount(count)} ${count === 1 ? "animal" : "animals"}`;
}
