import {
  type AnimalRecord,
  animalRecordSchema,
  CONTROL_CHARACTER_MESSAGE,
  hasControlCharacter,
} from "@petshop/client/schemas";
import { z } from "zod";
import type { CsvRow } from "../csv/read-table";

// A CSV row as the router's own record schema sees it: the only conversion here is text to whole
// numbers for the numeric columns; every rule is the router's, including the API's refusal of
// control characters in any text (checked here per field, so one bad row does not sink a batch).

/** "1200" → 1200; anything else is left as text, for the schema to refuse with its own message. */
const wholeNumber = (value: unknown) =>
  typeof value === "string" && /^\s*-?[0-9]{1,15}\s*$/.test(value) ? Number(value) : value;

const csvRecordSchema = animalRecordSchema.extend({
  priceMinor: z.preprocess(wholeNumber, animalRecordSchema.shape.priceMinor),
  stock: z.preprocess(wholeNumber, animalRecordSchema.shape.stock),
});

export interface FieldProblem {
  line: number;
  /** The column, or "row" when the problem is the row's shape. */
  field: string;
  message: string;
}

export type RowResult =
  | { ok: true; line: number; record: AnimalRecord }
  | { ok: false; problems: FieldProblem[] };

/** The row as a record, or every problem it has, each with its line and column. */
export function recordFromRow(row: CsvRow): RowResult {
  if (row.problem) return { ok: false, problems: [{ line: row.line, field: "row", message: row.problem }] };
  const unstorable: FieldProblem[] = Object.entries(row.fields)
    .filter(([, value]) => typeof value === "string" && hasControlCharacter(value))
    .map(([field]) => ({ line: row.line, field, message: CONTROL_CHARACTER_MESSAGE }));
  const parsed = csvRecordSchema.safeParse(row.fields);
  if (parsed.success && unstorable.length === 0) return { ok: true, line: row.line, record: parsed.data };
  const invalid = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        line: row.line,
        field: issue.path.map(String).join(".") || "row",
        message: issue.message,
      }));
  return { ok: false, problems: [...unstorable, ...invalid] };
}
