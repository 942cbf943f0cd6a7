import { countryName, formatPrice, SHOP_LOCALE } from "@petshop/db/constants";
import type { MailMessage } from "../../mail/mailer";
import type { findOwnOrder } from "./order-views";

/** What the mail needs of an order (the customer view, without its payment). */
type OrderDetail = Omit<Awaited<ReturnType<typeof findOwnOrder>>, "payment">;

/** "22 November 2026, 01:36 UTC": mail is read in any time zone, so it says which. */
const holdEnds = (iso: string) =>
  `${new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))} UTC`;

/** The confirmation a customer gets when their order is placed; a pickup says where and when. */
export function orderConfirmationMail(
  publicUrl: string,
  order: OrderDetail,
  pickup: { address: string; hours: string },
): MailMessage {
  const lines = order.lines.map(
    (line) => `  ${line.quantity} × ${line.name}  ${formatPrice(line.lineTotalMinor, order.currency)}`,
  );
  // The database holds an address for every delivery, and none for a pickup.
  const address = order.fulfilment === "delivery" ? order.deliveryAddress : null;
  const handover = address
    ? `We will deliver to: ${[address.line1, address.line2, `${address.postalCode} ${address.city}`, countryName(address.country)].filter(Boolean).join(", ")}.`
    : `You chose to collect your order at the shop: ${pickup.address}, open ${pickup.hours}.`;
  return {
    to: order.contactEmail,
    subject: `Your order #${order.number} at Paws & Fins`,
    text: [
      `Hello ${order.contactName},`,
      "",
      order.expiresAt
        ? `thank you for your order #${order.number}. It is reserved for you until ${holdEnds(order.expiresAt)}; please pay before then.`
        : `thank you for your order #${order.number}.`,
      "",
      ...lines,
      `  Total  ${formatPrice(order.totalMinor, order.currency)}`,
      "",
      handover,
      "",
      `See your order: ${publicUrl}/account/orders/${order.id}`,
    ].join("\n"),
  };
}
