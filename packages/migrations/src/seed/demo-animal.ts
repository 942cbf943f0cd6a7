import type { AnimalSex, Species } from "@petshop/db/constants";

/** One animal of the demo catalogue, as written by hand before it becomes an `animals` row. */
export interface DemoAnimal {
  name: string;
  species: Species;
  breed: string;
  sex: AnimalSex;
  /** ISO calendar date, YYYY-MM-DD. */
  birthDate: string;
  description: string;
  /** Price in minor units (cents) of `currency`. */
  priceMinor: number;
  currency: "EUR";
  stock: number;
  /** File name under apps/storefront/public/images/animals/. */
  image: string;
  /** Alt text for the picture. */
  imageAlt: string;
}
