import type { z } from "zod";
import { DomainError } from "../domain-error";

// Opaque pagination cursors: base64url JSON of the last row's sort key, checked on the way back in
// so a forged or stale cursor is a BAD_REQUEST, never a database error.

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DomainError("BAD_REQUEST", "The cursor is not valid.");
  return parsed.data;
}
