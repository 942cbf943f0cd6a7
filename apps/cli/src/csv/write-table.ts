import { once } from "node:events";
import { stringify } from "csv-stringify";
import { type Io, write } from "../io";

// Rows streamed out as CSV with a header line: one page in memory at a time, and the writer waits
// whenever stdout is slower than the shop.

/** Writes `rows` to stdout as CSV with `columns` as the header, in that order. */
export async function writeCsvTable<Row extends object>(
  io: Io,
  columns: readonly (keyof Row & string)[],
  rows: AsyncIterable<Row>,
): Promise<number> {
  const csv = stringify({ header: true, columns: [...columns], cast: { boolean: (b) => String(b) } });
  let count = 0;
  const pump = (async () => {
    for await (const row of rows) {
      count += 1;
      if (!csv.write(row)) await once(csv, "drain");
    }
    csv.end();
  })().catch((error: unknown) => csv.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of csv) await write(io.stdout, String(chunk));
  await pump;
  return count;
}

/** Every item of every page, following `nextCursor` until there is none. */
export async function* everyItem<Item>(
  page: (cursor: string | null) => Promise<{ items: Item[]; nextCursor: string | null }>,
): AsyncGenerator<Item> {
  let cursor: string | null = null;
  do {
    const next: { items: Item[]; nextCursor: string | null } = await page(cursor);
    yield* next.items;
    cursor = next.nextCursor;
  } while (cursor);
}
