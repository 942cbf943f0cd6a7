import { formatPrice } from "@petshop/ui";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { compactMoney, periodTick, rowName, type SalesReport, type SalesRow } from "./sales-words";

// recharts is most of this page's weight, so this file is loaded on its own (SalesChart.tsx).
// Colours are the theme's (packages/ui/src/theme.css), written out because SVG attributes cannot
// read CSS variables.
const BAR = "oklch(0.45 0.11 160)"; // brand-700
const GRID = "oklch(0.92 0.003 49)"; // stone-200
const TEXT = "oklch(0.45 0.02 250)"; // muted

/** What the tooltip says about the period under the pointer: every figure behind its bar. */
function PeriodTooltip({ row, report }: { row: SalesRow | undefined; report: SalesReport }) {
  if (!row) return null;
  const money = (minor: number) => formatPrice(minor, report.currency);
  return (
    <div className="rounded-md border border-stone-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-semibold">{rowName(row.key, report.by)}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3 tabular-nums">
        <dt>Gross</dt>
        <dd className="text-right">{money(row.grossMinor)}</dd>
        <dt>Refunds</dt>
        <dd className="text-right">{money(row.refundsMinor)}</dd>
        <dt className="font-semibold">Net</dt>
        <dd className="text-right font-semibold">{money(row.netMinor)}</dd>
        <dt>Orders</dt>
        <dd className="text-right">{row.orders}</dd>
      </dl>
    </div>
  );
}

/** Net sales per period as bars, filling the box it is given. */
export function SalesBarChart({ report }: { report: SalesReport }) {
  const rows = new Map(report.rows.map((row) => [row.key, row]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* The chart is an image to assistive technology (SalesChart gives its words and table), so
          recharts' keyboard layer, which would put a focus stop inside that image, is off. */}
      <BarChart
        data={report.rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis
          dataKey="key"
          tickFormatter={(key: string) => periodTick(key, report.by)}
          tick={{ fill: TEXT, fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: GRID }}
          minTickGap={12}
        />
        <YAxis
          tickFormatter={(minor: number) => compactMoney(minor, report.currency)}
          tick={{ fill: TEXT, fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={56}
        />
        <Tooltip
          cursor={{ fill: "oklch(0.97 0.02 160)" }}
          isAnimationActive={false}
          content={({ label }) => <PeriodTooltip row={rows.get(String(label))} report={report} />}
        />
        <Bar dataKey="netMinor" name="Net" fill={BAR} maxBarSize={48} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
