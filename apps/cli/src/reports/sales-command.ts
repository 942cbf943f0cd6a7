import type { RouterInputs } from "@petshop/client";
import type { Connection } from "../connect";
import { EXIT, type ExitCode } from "../exit";
import type { Io } from "../io";
import { money, type OutputFormat, writeCsv, writeJson, writeTable } from "../output/formats";
import { requireStaff } from "../whoami";

// `shop report sales --from --to --by month`: paid sales less refunds, by period or by species.

export type SalesQuery = RouterInputs["reports"]["sales"];

/** Prints the sales report in `format`; returns the exit code. */
export async function salesReport(
  connection: Connection,
  io: Io,
  query: SalesQuery,
  format: OutputFormat,
): Promise<ExitCode> {
  await requireStaff(connection);
  const report = await connection.api.reports.sales.query(query);
  const keyName = report.by === "species" ? "species" : report.by;
  if (format === "json") await writeJson(io, report);
  else if (format === "csv") {
    await writeCsv(
      io,
      [keyName, "orders", "units", "grossMinor", "refundsMinor", "netMinor", "currency"],
      report.rows.map((r) => [
        r.key,
        r.orders,
        r.units,
        r.grossMinor,
        r.refundsMinor,
        r.netMinor,
        report.currency,
      ]),
    );
  } else {
    const m = (minor: number) => money(minor, report.currency);
    const { totals } = report;
    await writeTable(
      io,
      [keyName, "orders", "units", "gross", "refunds", "net"],
      [
        ...report.rows.map((r) => [
          r.key,
          r.orders,
          r.units,
          m(r.grossMinor),
          m(r.refundsMinor),
          m(r.netMinor),
        ]),
        [
          "total",
          totals.orders,
          totals.units,
          m(totals.grossMinor),
          m(totals.refundsMinor),
          m(totals.netMinor),
        ],
      ],
      ["left", "right", "right", "right", "right", "right"],
    );
    io.say(
      `Sales from ${report.from} to ${report.to} (${report.timeZone}); refunds count when they were made.`,
    );
  }
  return EXIT.done;
}
