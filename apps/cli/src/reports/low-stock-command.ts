import type { RouterOutputs } from "@petshop/client";
import type { Connection } from "../connect";
import { everyItem } from "../csv/write-table";
import { EXIT, type ExitCode } from "../exit";
import type { Io } from "../io";
import { money, type OutputFormat, writeCsv, writeJson, writeTable } from "../output/formats";
import { requireStaff } from "../whoami";

// `shop report low-stock --below 3`: active listings running out, lowest stock first.

type LowStockItem = RouterOutputs["reports"]["lowStock"]["items"][number];

/** Prints every active listing with stock below `below`, in `format`; returns the exit code. */
export async function lowStockReport(
  connection: Connection,
  io: Io,
  below: number,
  format: OutputFormat,
): Promise<ExitCode> {
  await requireStaff(connection);
  const items: LowStockItem[] = [];
  for await (const item of everyItem((cursor) =>
    connection.api.reports.lowStock.query({ below, limit: 100, ...(cursor ? { cursor } : {}) }),
  )) {
    items.push(item);
  }
  if (format === "json") await writeJson(io, items);
  else if (format === "csv") {
    await writeCsv(
      io,
      ["slug", "name", "species", "status", "stock", "priceMinor", "currency"],
      items.map((a) => [a.slug, a.name, a.species, a.status, a.stock, a.priceMinor, a.currency]),
    );
  } else if (items.length === 0) io.say(`No active listing has fewer than ${below} in stock.`);
  else {
    await writeTable(
      io,
      ["slug", "name", "species", "stock", "price"],
      items.map((a) => [a.slug, a.name, a.species, a.stock, money(a.priceMinor, a.currency)]),
      ["left", "left", "left", "right", "right"],
    );
  }
  return EXIT.done;
}
