import { createHash } from "node:crypto";
import type { Database, PaymentProviderKind } from "@petshop/db";
import type { Kysely } from "kysely";
import { storableText, toStoredJson } from "./stored-json";

// A provider event that was verified but cannot be used (it lacks what we act on) is kept, as
// refused, under its event id like any other, so staff can see it and a redelivery is recognised.
// Answering it with an error would only make the provider send it again for days.

/** Event types are short; a longer one is kept cut, as the refusal's evidence is the payload. */
const MAX_TYPE_LENGTH = 200;

/** Stores an unusable event once; "duplicate" when it was stored before. */
export async function recordUnusableEvent(
  db: Kysely<Database>,
  provider: PaymentProviderKind,
  event: { eventId: string | null; type: string; payload: unknown },
): Promise<"refused" | "duplicate"> {
  const payload = toStoredJson(event.payload);
  // Without a usable id, the same body delivered again must still find its row.
  const eventId = event.eventId ?? `sha256:${createHash("sha256").update(payload).digest("hex")}`;
  const stored = await db
    .insertInto("paymentEvents")
    .values({
      provider,
      providerEventId: eventId,
      type: storableText(event.type).slice(0, MAX_TYPE_LENGTH),
      outcome: "refused",
      payload,
    })
    .onConflict((oc) => oc.columns(["provider", "providerEventId"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return stored ? "refused" : "duplicate";
}
