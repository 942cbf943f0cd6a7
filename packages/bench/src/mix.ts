import { SPECIES } from "@petshop/db";
import { seededRandom } from "@petshop/migrations";
import type { Scenario } from "./scenarios";

// The realistic mix: what a shop's visitors ask the catalogue for. A few popular first pages (the
// whole catalogue, each species, in each order) take most requests; a long tail of rare ones
// (one animal's page, a search for one word, a breed, a price bracket) takes the rest. Ranks
// follow a Zipf law over a few thousand distinct calls, drawn from a seeded generator so every
// run and every server sees the same sequence.

/** What the catalogue holds, for inputs that find something. */
export interface CatalogueSample {
  slugs: string[];
  breeds: string[];
  words: string[];
}

const SORTS = ["newest", "price_asc", "price_desc", "name"] as const;

/** The distinct calls, most popular first: rank 1 is the catalogue's first page. */
export function mixCalls(sample: CatalogueSample, seed = 14): Scenario[] {
  const head: Scenario[] = [];
  for (const sort of SORTS) head.push({ name: "mix", procedure: "animals.list", input: { sort, limit: 24 } });
  for (const species of SPECIES) {
    for (const sort of SORTS)
      head.push({ name: "mix", procedure: "animals.list", input: { species: [species], sort, limit: 24 } });
    head.push({
      name: "mix",
      procedure: "animals.list",
      input: { species: [species], inStock: true, limit: 24 },
    });
  }
  const tail: Scenario[] = [];
  for (const slug of sample.slugs) tail.push({ name: "mix", procedure: "animals.bySlug", input: { slug } });
  for (const q of sample.words)
    tail.push({ name: "mix", procedure: "animals.list", input: { q, sort: "relevance", limit: 24 } });
  for (const breed of sample.breeds)
    tail.push({ name: "mix", procedure: "animals.list", input: { breed, limit: 24 } });
  for (const species of SPECIES) {
    for (let from = 0; from < 200_000; from += 10_000) {
      tail.push({
        name: "mix",
        procedure: "animals.list",
        input: { species: [species], priceMin: from, priceMax: from + 20_000, sort: "price_asc", limit: 24 },
      });
    }
  }
  const random = seededRandom(seed);
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [tail[i], tail[j]] = [tail[j] as Scenario, tail[i] as Scenario];
  }
  return [...head, ...tail].map((call, rank) => ({ ...call, name: `mix #${rank + 1}` }));
}

/**
 * `length` ranks (0-based) drawn from a Zipf law with exponent `s` over `n` calls: rank k is
 * chosen with weight 1/(k+1)^s.
 */
export function zipfSequence(n: number, length: number, seed = 15, s = 1.1): Uint32Array {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** s;
    cumulative[k] = total;
  }
  const random = seededRandom(seed);
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

/** An endless walk over the sequence: each call gives the next rank. */
export function cycle(sequence: Uint32Array): () => number {
  let i = 0;
  return () => {
    const rank = sequence[i] ?? 0;
    i = (i + 1) % sequence.length;
    return rank;
  };
}
