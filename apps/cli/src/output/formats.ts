import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { type Io, write } from "../io";

// How a report reaches its reader: a table for people, CSV or JSON for other programs.

export const OUTPUT_FORMATS = ["table", "csv", "json"] as const;
export const outputFormatSchema = z.enum(OUTPUT_FORMATS, {
  error: `--format must be one of ${OUTPUT_FORMATS.join(", ")}`,
});
export type OutputFormat = z.infer<typeof outputFormatSchema>;

/** Amounts as people read them, e.g. "€1,200.00"; minor units follow the currency. */
export function money(minor: number, currency: string): string {
  const format = new Intl.NumberFormat("en-IE", { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/** A table with a header row; numbers are right-aligned by the caller's `align`. */
export async function writeTable(
  io: Io,
  head: string[],
  rows: (string | number)[][],
  align: ("left" | "right")[],
): Promise<void> {
  const table = new Table({
    head,
    colAligns: align,
    style: { head: [], border: [] },
    // Dense: no rule between rows, only under the header.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  table.push(...rows.map((row) => row.map(String)));
  await write(io.stdout, `${table.toString()}\n`);
}

/** Plain CSV with a header line. */
export async function writeCsv(io: Io, columns: string[], rows: (string | number | null)[][]): Promise<void> {
  await write(io.stdout, stringify([columns, ...rows]));
}

export async function writeJson(io: Io, value: unknown): Promise<void> {
  await write(io.stdout, `${JSON.stringify(value, null, 2)}\n`);
}
