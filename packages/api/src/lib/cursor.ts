import { z } from "zod";
import { DomainError } from "../domain-error";

// Opaque pagination cursors: base64url JSON of the last row's sort key, checked on the way back in
// so a forged or stale cursor is a BAD_REQUEST, never a database error.

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/**
 * The value a cursor carries, if `schema` takes it and `fits` it (for example, was made for the
 * sort now asked for); a BAD_REQUEST otherwise. `fits` rather than a refined schema per call:
 * zod clones a schema to refine it, which a page read should not pay for.
 */
export function decodeCursor<T>(
  cursor: string,
  schema: z.ZodType<T>,
  fits: (value: T) => boolean = () => true,
): T {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success || !fits(parsed.data)) throw new DomainError("BAD_REQUEST", "The cursor is not valid.");
  return parsed.data;
}

/**
 * A page from rows fetched with `limit + 1`: the extra row only says there is a next page, whose
 * cursor is made from the page's last row.
 */
export function pageOf<Row>(rows: Row[], limit: number, cursorOf: (last: Row) => unknown) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}

/**
 * A timestamp a cursor may carry: UTC ISO-8601 within the years the shop can have rows for, so a
 * forged year 0000 or 99999 is a bad cursor, not a database error.
 */
export const cursorTimestamp = z.iso
  .datetime()
  .refine((value) => value >= "2000-01-01T00:00:00" && value < "2101-01-01T00:00:00");
