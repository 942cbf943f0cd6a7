import { formatDateTime } from "@petshop/ui";

/**
 * How long an unpaid order keeps its animals. Once the hold has run out the order stays unpaid
 * until the expiry job reaches it, which is worth saying: it can still be paid or cancelled.
 */
export function HoldExpiry({ expiresAt, now }: { expiresAt: string; now: number }) {
  const when = <time dateTime={expiresAt}>{formatDateTime(expiresAt)}</time>;
  if (Date.parse(expiresAt) > now) {
    return <p className="mt-1 text-sm">Held until {when}.</p>;
  }
  return (
    <p className="mt-1 text-sm font-medium text-red-700">
      The hold ran out {when}; the order has not been expired yet.
    </p>
  );
}
