import type { RouterOutputs } from "@petshop/client/react";
import type { Species } from "@petshop/db/constants";
import type { Handlers } from "@petshop/ui/testing";

type SalesReport = RouterOutputs["reports"]["sales"];
type SalesRow = SalesReport["rows"][number];
type Grouping = SalesReport["by"];
type LowStockAnimal = RouterOutputs["reports"]["lowStock"]["items"][number];
type AttentionOrder = RouterOutputs["reports"]["attention"]["flagged"]["items"][number];

/** A day's sales of one species: what the fake sums into reports. */
export interface FakeSale {
  day: string;
  species: Species;
  orders?: number;
  units?: number;
  grossMinor: number;
  refundsMinor?: number;
}

export interface FakeReportsData {
  sales?: FakeSale[];
  lowStock?: LowStockAnimal[];
  attention?: {
    flagged?: AttentionOrder[];
    expiringSoon?: AttentionOrder[];
    awaitingFulfilment?: AttentionOrder[];
  };
  /** The zone the "server" says its days are in (SHOP_TIME_ZONE). */
  timeZone?: string;
}

const DAY_MS = 86_400_000;
const utcOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The period `day` falls in, named by its first day: the day, its week's Monday, its month's 1st. */
function periodOf(day: string, by: Exclude<Grouping, "species">): string {
  if (by === "month") return `${day.slice(0, 7)}-01`;
  if (by === "week") return toDay(utcOf(day) - ((new Date(utcOf(day)).getUTCDay() + 6) % 7) * DAY_MS);
  return day;
}

const keyOf = (sale: FakeSale, by: Grouping) => (by === "species" ? sale.species : periodOf(sale.day, by));

function rowOf(key: string, sales: FakeSale[]): SalesRow {
  const sum = (pick: (sale: FakeSale) => number) => sales.reduce((total, sale) => total + pick(sale), 0);
  const grossMinor = sum((s) => s.grossMinor);
  const refundsMinor = sum((s) => s.refundsMinor ?? 0);
  return {
    key,
    orders: sum((s) => s.orders ?? 1),
    units: sum((s) => s.units ?? 1),
    grossMinor,
    refundsMinor,
    netMinor: grossMinor - refundsMinor,
  };
}

/**
 * The reports procedures over fixed data, keeping the server's rules that the dashboard depends on
 * (sales-report.ts, low-stock.ts, attention.ts): a period report has a row for every period of the
 * range, keyed by its first day, zero-filled; a species report has only species that sold, best
 * first; totals are the rows' sums; low stock is fewest first, cut to the limit with a cursor for
 * more; each attention list keeps its exact count while its items are cut to the limit.
 */
export function fakeReports(data: FakeReportsData = {}) {
  const sales = data.sales ?? [];
  const lowStock = data.lowStock ?? [];
  const attention = data.attention ?? {};

  const handlers = {
    "reports.sales": ({ from, to, by }) => {
      const inRange = sales.filter((sale) => sale.day >= from && sale.day <= to);
      let keys: string[];
      if (by === "species") {
        keys = [...new Set(inRange.map((sale) => keyOf(sale, by)))];
      } else {
        const periods = new Set<string>();
        for (let ms = utcOf(from); ms <= utcOf(to); ms += DAY_MS) {
          periods.add(periodOf(toDay(ms), by));
        }
        keys = [...periods];
      }
      const rows = keys.map((key) =>
        rowOf(
          key,
          inRange.filter((sale) => keyOf(sale, by) === key),
        ),
      );
      if (by === "species") rows.sort((a, b) => b.netMinor - a.netMinor || a.key.localeCompare(b.key));
      const { key: _key, ...totals } = rowOf("total", inRange);
      return { currency: "EUR", timeZone: data.timeZone ?? "Europe/Dublin", from, to, by, rows, totals };
    },
    "reports.lowStock": ({ below = 3, limit = 50 }) => {
      const low = lowStock
        .filter((animal) => animal.status === "active" && animal.stock < below)
        .sort((a, b) => a.stock - b.stock || a.name.localeCompare(b.name));
      return { items: low.slice(0, limit), nextCursor: low.length > limit ? "next-page" : null };
    },
    "reports.attention": ({ limit = 10 }) => {
      const listOf = (orders: AttentionOrder[] = []) => ({
        count: orders.length,
        items: orders.slice(0, limit),
      });
      return {
        flagged: listOf(attention.flagged),
        expiringSoon: listOf(attention.expiringSoon),
        awaitingFulfilment: listOf(attention.awaitingFulfilment),
      };
    },
  } satisfies Handlers;

  return { handlers };
}
