import { formatPrice } from "@petshop/ui";
import type { SalesReport } from "./sales-words";

const figure = "flex flex-col rounded-md bg-stone-50 px-3 py-2";
const label = "text-xs font-medium uppercase tracking-wide text-muted";
const value = "text-lg font-semibold tabular-nums";

/** The range's totals in a row of figures; dashes hold their place while the first answer loads. */
export function SalesTotals({ report }: { report: SalesReport | undefined }) {
  const money = (minor: number) => (report ? formatPrice(minor, report.currency) : "—");
  const count = (n: number) => (report ? String(n) : "—");
  const totals = report?.totals ?? { orders: 0, units: 0, grossMinor: 0, refundsMinor: 0, netMinor: 0 };
  const figures = [
    { label: "Orders", value: count(totals.orders) },
    { label: "Units", value: count(totals.units) },
    { label: "Gross", value: money(totals.grossMinor) },
    { label: "Refunds", value: money(totals.refundsMinor) },
    { label: "Net", value: money(totals.netMinor) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
      {figures.map((f) => (
        <div key={f.label} className={`${figure} ${f.label === "Net" ? "col-span-2 sm:col-span-1" : ""}`}>
          <dt className={label}>{f.label}</dt>
          <dd className={value}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
