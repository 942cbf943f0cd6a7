import type { RouterInputs } from "@petshop/client";
import { ANIMAL_RECORD_FIELDS } from "@petshop/client/schemas";
import type { Connection } from "../connect";
import { everyItem, writeCsvTable } from "../csv/write-table";
import { EXIT, type ExitCode } from "../exit";
import type { Io } from "../io";
import { requireStaff } from "../whoami";

// `shop animals export > animals.csv`: every listing as the import reads it, page by page.

export type ExportFilters = Pick<RouterInputs["animals"]["exportPage"], "status" | "species">;

/** Streams the listings matching `filters` to stdout as CSV; returns the exit code. */
export async function exportAnimals(
  connection: Connection,
  io: Io,
  filters: ExportFilters,
): Promise<ExitCode> {
  await requireStaff(connection);
  const rows = everyItem((cursor) =>
    connection.api.animals.exportPage.query({ ...filters, cursor, limit: 1000 }),
  );
  const count = await writeCsvTable(io, ANIMAL_RECORD_FIELDS, rows);
  io.say(`${count} listings exported.`);
  return EXIT.done;
}
