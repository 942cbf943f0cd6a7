import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { ANIMAL_RECORD_FIELDS, type AnimalRecord, IMPORT_BATCH_MAX } from "@petshop/client/schemas";
import type { Connection } from "../connect";
import { readCsvTable } from "../csv/read-table";
import { EXIT, type ExitCode } from "../exit";
import { type Io, write } from "../io";
import { startProgress } from "../progress";
import { requireStaff } from "../whoami";
import { type FieldProblem, recordFromRow } from "./record-from-row";

// `shop animals import FILE.csv`: read and check every row first, then upsert the good ones in
// batches (one transaction each), and say what happened to every row.

/** Keeps each request well under the server's body limit (1 MiB by default). */
const BATCH_MAX_BYTES = 400 * 1024;

interface CheckedRow {
  line: number;
  record: AnimalRecord;
}

/** Every row of the file, checked; nothing is sent until the whole file has been read. */
async function checkFile(input: Readable) {
  const rows: CheckedRow[] = [];
  const problems: FieldProblem[] = [];
  const lineOfSlug = new Map<string, number>();
  let rejectedRows = 0;
  for await (const row of readCsvTable(input, ANIMAL_RECORD_FIELDS)) {
    const result = recordFromRow(row);
    if (!result.ok) {
      problems.push(...result.problems);
      rejectedRows += 1;
      continue;
    }
    const earlier = lineOfSlug.get(result.record.slug);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        field: "slug",
        message: `"${result.record.slug}" is also on line ${earlier}`,
      });
      rejectedRows += 1;
      continue;
    }
    lineOfSlug.set(result.record.slug, row.line);
    rows.push({ line: result.line, record: result.record });
  }
  return { rows, problems, rejectedRows };
}

/** Consecutive batches of at most IMPORT_BATCH_MAX rows and about BATCH_MAX_BYTES of JSON. */
function* batches(rows: CheckedRow[]): Generator<CheckedRow[]> {
  let batch: CheckedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row.record).length;
    if (batch.length > 0 && (batch.length === IMPORT_BATCH_MAX || bytes + size > BATCH_MAX_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

export interface ImportOptions {
  dryRun: boolean;
}

/** Runs the import of `file` ("-" for stdin) and returns the exit code. */
export async function importAnimals(
  connection: Connection,
  io: Io,
  file: string,
  options: ImportOptions,
): Promise<ExitCode> {
  await requireStaff(connection);
  const input = file === "-" ? process.stdin : createReadStream(file);
  const { rows, problems, rejectedRows } = await checkFile(input);
  for (const p of problems) io.say(`line ${p.line}: ${p.field}: ${p.message}`);

  const counts = { created: 0, updated: 0, unchanged: 0, rejected: rejectedRows };
  const progress = startProgress(io, rows.length, "rows");
  try {
    for (const batch of batches(rows)) {
      const results = await connection.api.animals.importBatch.mutate({
        rows: batch.map((row) => row.record),
        dryRun: options.dryRun,
      });
      results.forEach((result, index) => {
        if (result.outcome === "refused") {
          counts.rejected += 1;
          io.say(`line ${batch[index]?.line}: slug: ${result.message ?? "refused by the shop"}`);
        } else counts[result.outcome] += 1;
      });
      progress.advance(batch.length);
    }
  } finally {
    progress.stop();
  }
  const verb = options.dryRun ? "would be " : "";
  await write(
    io.stdout,
    `${options.dryRun ? "Dry run, nothing written: " : ""}${counts.created} ${verb}created, ${counts.updated} ${verb}updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected.\n`,
  );
  return counts.rejected > 0 ? EXIT.refused : EXIT.done;
}
