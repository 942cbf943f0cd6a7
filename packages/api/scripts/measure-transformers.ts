import { parse as devalueParse, stringify as devalueStringify } from "devalue";
import { fromJSON as serovalFromJSON, toJSON as serovalToJSON } from "seroval";
import superjson from "superjson";

// Measures what each candidate wire format costs for one 24-item `animals.list` page, the way tRPC
// uses it: the server serialises and wraps the result in JSON, the client parses and deserialises.
// Run: pnpm measure:transformers. Figures and the choice: docs/decisions/002-wire-format.md.

const SPECIES = ["dog", "cat", "bird", "fish", "reptile", "small_mammal"] as const;

/** A page as the API returns it, with dates as Date objects or ISO strings. */
function page(datesAs: "date" | "iso") {
  const items = Array.from({ length: 24 }, (_, i) => {
    const createdAt = new Date(Date.UTC(2026, 10, 21, 12, i, 7, 123));
    const birthDate = new Date(Date.UTC(2025, i % 12, (i % 27) + 1));
    return {
      id: `3f1c${String(i).padStart(4, "0")}-8a9b-4c3d-9e8f-0123456789ab`,
      slug: `animal-number-${i}`,
      name: `Animal number ${i}`,
      species: SPECIES[i % SPECIES.length],
      breed: "Labrador Retriever",
      sex: i % 2 ? "female" : "male",
      birthDate: datesAs === "date" ? birthDate : birthDate.toISOString().slice(0, 10),
      priceMinor: 45000 + i * 500,
      currency: "EUR",
      stock: i % 5,
      images: [{ url: `/images/animals/dog-golden.svg`, alt: "Illustration of a golden Labrador puppy" }],
      createdAt: datesAs === "date" ? createdAt : createdAt.toISOString(),
    };
  });
  return { items, nextCursor: "eyJ2IjoiMjAyNi0xMS0yMVQxMjowMDowNy4xMjNaIiwiaWQiOiIzZjFjIn0" };
}

interface Candidate {
  name: string;
  data: unknown;
  serialize: (value: unknown) => unknown;
  deserialize: (value: unknown) => unknown;
}

const candidates: Candidate[] = [
  {
    name: "superjson",
    data: page("date"),
    serialize: (v) => superjson.serialize(v),
    deserialize: (v) => superjson.deserialize(v as never),
  },
  {
    name: "devalue",
    data: page("date"),
    serialize: (v) => devalueStringify(v),
    deserialize: (v) => devalueParse(v as string),
  },
  {
    name: "seroval (JSON mode)",
    data: page("date"),
    serialize: (v) => serovalToJSON(v),
    deserialize: (v) => serovalFromJSON(v as never),
  },
  { name: "JSON, dates as ISO strings", data: page("iso"), serialize: (v) => v, deserialize: (v) => v },
];

const server = (c: Candidate) => JSON.stringify({ result: { data: c.serialize(c.data) } });
const client = (c: Candidate, body: string) =>
  c.deserialize((JSON.parse(body) as { result: { data: unknown } }).result.data);

function microsPerCall(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1_000 / iterations;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const ITERATIONS = 2_000;
const ROUNDS = 7;
const samples = new Map(candidates.map((c) => [c.name, { server: [] as number[], client: [] as number[] }]));

for (const c of candidates) {
  // Check the round trip keeps the values (Dates stay Dates), then warm up.
  const back = client(c, server(c)) as ReturnType<typeof page>;
  const first = back.items[0];
  if (!first || typeof first.createdAt !== typeof (c.data as ReturnType<typeof page>).items[0]?.createdAt) {
    throw new Error(`${c.name} did not round-trip`);
  }
  microsPerCall(() => client(c, server(c)), ITERATIONS);
}
for (let round = 0; round < ROUNDS; round++) {
  for (const c of candidates) {
    const body = server(c);
    samples.get(c.name)?.server.push(microsPerCall(() => server(c), ITERATIONS));
    samples.get(c.name)?.client.push(microsPerCall(() => client(c, body), ITERATIONS));
  }
}

console.log(
  `24-item animals page, median of ${ROUNDS} rounds x ${ITERATIONS} calls, Node ${process.version}`,
);
console.log("candidate                     bytes   server µs   client µs   server x JSON");
const baseline = median(samples.get("JSON, dates as ISO strings")?.server ?? []);
for (const c of candidates) {
  const s = samples.get(c.name);
  if (!s) continue;
  const serverMedian = median(s.server);
  console.log(
    `${c.name.padEnd(28)} ${String(Buffer.byteLength(server(c))).padStart(6)} ${serverMedian.toFixed(1).padStart(11)} ${median(s.client).toFixed(1).padStart(11)} ${(serverMedian / baseline).toFixed(1).padStart(14)}`,
  );
}
