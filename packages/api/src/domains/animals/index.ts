// What other domains may use of the catalogue: telling caches that listings changed.
export { bumpCatalogueVersion } from "./catalogue-version";
