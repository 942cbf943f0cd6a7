import type { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { CliError, EXIT } from "../exit";
import { MAX_LINE_BYTES, utf8Lines } from "./utf8-lines";

// A CSV file as rows of named fields, streamed: the header line must name exactly the expected
// columns (in any order), and each row comes with the line it is on.

export interface CsvRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** The field values by column name; absent when the row has too few fields. */
  fields: Record<string, string>;
  /** Set when the row has a different number of fields than the header. */
  problem?: string;
}

function checkHeader(header: string[], expected: readonly string[]): void {
  const names = header.map((name) => name.trim());
  const unknown = names.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !names.includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  const problems = [
    unknown.length
      ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")}`
      : "",
    missing.length ? `missing ${missing.join(", ")}` : "",
    repeated.length ? `repeated ${repeated.join(", ")}` : "",
  ].filter(Boolean);
  if (problems.length) {
    throw new CliError(
      `Line 1: the header is not right (${problems.join("; ")}). Expected the columns: ${expected.join(",")}`,
      EXIT.refused,
    );
  }
}

/** The rows of the CSV text in `input`, named by the header's columns, which must be `expected`. */
export async function* readCsvTable(input: Readable, expected: readonly string[]): AsyncGenerator<CsvRow> {
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // Files edited on several systems mix line endings; accept both everywhere.
    record_delimiter: ["\r\n", "\n"],
    max_record_size: MAX_LINE_BYTES,
  });
  const text = utf8Lines();
  // pipe() does not pass errors on: a file or UTF-8 error must end the parse with its own message.
  input.on("error", (error) => parser.destroy(error));
  text.on("error", (error) => parser.destroy(error));
  const lines = input.pipe(text).pipe(parser);
  let header: string[] | undefined;
  try {
    for await (const { record, info } of lines as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        checkHeader(record, expected);
        header = record.map((name) => name.trim());
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((name, index) => {
        const value = record[index];
        if (value !== undefined) fields[name] = value;
      });
      const row: CsvRow = { line: info.lines, fields };
      if (record.length !== header.length) {
        row.problem = `has ${record.length} fields where the header has ${header.length}`;
      }
      yield row;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof CsvError) {
      const line = "lines" in error && typeof error.lines === "number" ? error.lines : undefined;
      throw new CliError(
        `${line ? `Line ${line}: ` : ""}the CSV cannot be read: ${error.message}`,
        EXIT.refused,
      );
    }
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new CliError(`There is no file ${"path" in error ? String(error.path) : ""}.`, EXIT.failed);
    }
    throw error;
  }
  if (!header) {
    throw new CliError(
      `The file is empty: it needs a header line (${expected.join(",")}) and rows.`,
      EXIT.refused,
    );
  }
}
