import type { AnimalSex, Species } from "@petshop/db/constants";

/** How each species is named in filters and headings (plural). */
export const SPECIES_LABELS: Record<Species, string> = {
  dog: "Dogs",
  cat: "Cats",
  bird: "Birds",
  fish: "Fish",
  reptile: "Reptiles",
  small_mammal: "Small mammals",
};

export const SEX_LABELS: Record<AnimalSex, string> = {
  male: "Male",
  female: "Female",
  unknown: "Mixed or unknown",
};
