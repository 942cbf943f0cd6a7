import type { RouterInputs, RouterOutputs } from "@petshop/client";
import type { Connection } from "../connect";
import { everyItem, writeCsvTable } from "../csv/write-table";
import { EXIT, type ExitCode } from "../exit";
import type { Io } from "../io";
import { requireStaff } from "../whoami";

// `shop orders export --from --to > orders.csv`: one line per order line, page by page.

type OrderLine = RouterOutputs["orders"]["exportLines"]["items"][number];

const COLUMNS = [
  "orderNumber",
  "status",
  "placedAt",
  "paidAt",
  "customerEmail",
  "currency",
  "animalSlug",
  "animalName",
  "species",
  "quantity",
  "unitPriceMinor",
  "lineTotalMinor",
  "orderTotalMinor",
  "orderRefundedMinor",
] as const satisfies readonly (keyof OrderLine)[];

// A field the server adds must be given a column here: this fails to compile until it is.
const everyFieldHasAColumn: Exclude<keyof OrderLine, (typeof COLUMNS)[number]> extends never ? true : never =
  true;
void everyFieldHasAColumn;

export type OrderExportFilters = Omit<RouterInputs["orders"]["exportLines"], "cursor" | "limit">;

/** Streams the order lines matching `filters` to stdout as CSV; returns the exit code. */
export async function exportOrders(
  connection: Connection,
  io: Io,
  filters: OrderExportFilters,
): Promise<ExitCode> {
  await requireStaff(connection);
  const lines = everyItem((cursor) =>
    connection.api.orders.exportLines.query({ ...filters, cursor, limit: 1000 }),
  );
  const count = await writeCsvTable(io, COLUMNS, lines);
  io.say(`${count} order lines exported.`);
  return EXIT.done;
}
