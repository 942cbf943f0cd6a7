import {
  exportAnimalsInput,
  lowStockInput,
  orderLinesExportInput,
  salesReportInput,
} from "@petshop/client/schemas";
import { Command, CommanderError } from "commander";
import type { z } from "zod";
import { exportAnimals } from "./animals/export-command";
import { importAnimals } from "./animals/import-command";
import { type Connection, connect, explainFailure } from "./connect";
import { CliError, EXIT, type ExitCode } from "./exit";
import type { Io } from "./io";
import { exportOrders } from "./orders/export-command";
import { fulfilOrders } from "./orders/fulfil-command";
import { outputFormatSchema } from "./output/formats";
import { lowStockReport } from "./reports/low-stock-command";
import { salesReport } from "./reports/sales-command";
import { type ConnectionOptions, resolveSettings } from "./settings";
import { whoAmI } from "./whoami";

// The `shop` command: its sub-commands, their options and help, and how a run ends in an exit code.

interface GlobalOptions extends ConnectionOptions {
  verbose?: boolean;
}

/** A comma-separated option value as a list: "active,draft" → ["active", "draft"]. */
const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);

/** `value` checked by one of the router's own schemas; a problem names the option it came from. */
function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option =
    issue?.path[0] !== undefined
      ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
      : "";
  throw new CliError(`${option ? `${option}: ` : ""}${issue?.message ?? "not valid"}. See --help.`);
}

const example = (...lines: string[]) =>
  `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

/** The program, writing to `io`; `run` sets the exit code each action ends with. */
export function buildProgram(io: Io, cwd: string) {
  let exitCode: ExitCode = EXIT.done;
  const program = new Command("shop");

  /** Wraps an action: connects with the global options and turns any failure into one line. */
  const action =
    <Args extends unknown[]>(body: (connection: Connection, ...args: Args) => Promise<ExitCode>) =>
    async (...args: Args) => {
      const command = args.at(-1);
      const globals = command instanceof Command ? command.optsWithGlobals<GlobalOptions>() : {};
      const settings = resolveSettings({ url: globals.url, token: globals.token }, cwd);
      const connection = connect(settings, globals.verbose ? io.say : undefined);
      try {
        exitCode = await body(connection, ...args);
      } catch (error) {
        throw explainFailure(error, settings);
      }
    };

  program
    .description("Run the pet shop from scripts: import and export listings and orders, reports, fulfilment.")
    .option("--url <url>", "the shop's address (default: SHOP_API_URL)")
    .option("--token <token>", "an API token from the admin app (default: SHOP_API_TOKEN)")
    .option("--verbose", "print each request the command makes (never the token)")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .addHelpText(
      "after",
      `\nSettings may also come from a .env file in the current folder. Exit codes: 0 done, 1 some rows or orders refused, 2 bad usage or cannot connect.${example(
        "SHOP_API_URL=http://127.0.0.1:3000 SHOP_API_TOKEN=pst_… shop whoami",
      )}`,
    );

  program
    .command("whoami")
    .description("say which account and role the token acts as")
    .addHelpText("after", example("shop whoami"))
    .action(
      action(async (connection) => {
        const me = await whoAmI(connection);
        io.stdout.write(`${me.email} (${me.name}), ${me.role}, at ${connection.settings.url}\n`);
        return EXIT.done;
      }),
    );

  const animals = program
    .command("animals")
    .description("listings in bulk")
    .addHelpText("after", example("shop animals export > animals.csv", "shop animals import animals.csv"));
  animals
    .command("import")
    .description(
      "create or update listings from a CSV file, matched by slug (the columns `animals export` writes)",
    )
    .argument("<file>", 'a CSV file, or "-" for standard input')
    .option("--dry-run", "check every row and say what would change, without changing anything")
    .addHelpText(
      "after",
      example("shop animals import listings.csv --dry-run", "shop animals import listings.csv"),
    )
    .action(
      action((connection, file: string, options: { dryRun?: boolean }) =>
        importAnimals(connection, io, file, { dryRun: options.dryRun === true }),
      ),
    );
  animals
    .command("export")
    .description("write listings as CSV to standard output, in slug order")
    .option("--status <list>", "only these statuses, comma-separated: draft,active,archived")
    .option("--species <list>", "only these species, comma-separated, e.g. dog,cat")
    .addHelpText("after", example("shop animals export --status active --species fish > fish.csv"))
    .action(
      action((connection, options: { status?: string; species?: string }) => {
        const filters = checked(exportAnimalsInput, {
          status: list(options.status),
          species: list(options.species),
        });
        return exportAnimals(connection, io, { status: filters.status, species: filters.species });
      }),
    );

  const orders = program
    .command("orders")
    .description("orders for the books and the courier")
    .addHelpText("after", example("shop orders export --from 2026-11-01 --to 2026-11-30 > november.csv"));
  orders
    .command("export")
    .description("write every order line placed between two days (inclusive, shop time) as CSV")
    .requiredOption("--from <day>", "first day, YYYY-MM-DD")
    .requiredOption("--to <day>", "last day, YYYY-MM-DD")
    .option("--status <list>", "only orders in these statuses, comma-separated, e.g. paid,fulfilled")
    .addHelpText(
      "after",
      example("shop orders export --from 2026-11-01 --to 2026-11-30 --status paid,fulfilled > november.csv"),
    )
    .action(
      action((connection, options: { from: string; to: string; status?: string }) => {
        const { from, to, status } = checked(orderLinesExportInput, {
          ...options,
          status: list(options.status),
        });
        return exportOrders(connection, io, { from, to, status });
      }),
    );
  orders
    .command("fulfil")
    .description("mark paid orders as handed over, one line per order")
    .argument("<number...>", "order numbers as people read them")
    .addHelpText("after", example("shop orders fulfil 1042 1043 1051"))
    .action(action((connection, numbers: string[]) => fulfilOrders(connection, io, numbers)));

  const report = program
    .command("report")
    .description("numbers for the people who run the shop")
    .addHelpText("after", example("shop report sales --from 2026-01-01 --to 2026-12-31 --by month"));
  report
    .command("sales")
    .description("paid sales less refunds, by day, week, month or species")
    .requiredOption("--from <day>", "first day, YYYY-MM-DD")
    .requiredOption("--to <day>", "last day, YYYY-MM-DD")
    .option("--by <grouping>", "day, week, month or species", "month")
    .option("--format <format>", "table, csv or json", "table")
    .addHelpText(
      "after",
      example(
        "shop report sales --from 2026-01-01 --to 2026-12-31 --by month",
        "shop report sales --from 2026-11-01 --to 2026-11-30 --by species --format csv",
      ),
    )
    .action(
      action((connection, options: { from: string; to: string; by: string; format: string }) => {
        const query = checked(salesReportInput, { from: options.from, to: options.to, by: options.by });
        return salesReport(connection, io, query, checked(outputFormatSchema, options.format));
      }),
    );
  report
    .command("low-stock")
    .description("active listings with fewer than N in stock, lowest first")
    .option("--below <n>", "the threshold", "3")
    .option("--format <format>", "table, csv or json", "table")
    .addHelpText("after", example("shop report low-stock --below 5"))
    .action(
      action((connection, options: { below: string; format: string }) => {
        const below = /^[0-9]{1,9}$/.test(options.below) ? Number(options.below) : options.below;
        const input = checked(lowStockInput, { below });
        return lowStockReport(connection, io, input.below, checked(outputFormatSchema, options.format));
      }),
    );

  return { program, exitCode: () => exitCode };
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: Io, cwd: string = process.cwd()): Promise<ExitCode> {
  const { program, exitCode } = buildProgram(io, cwd);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander printed its own message (or the help) already.
      return error.exitCode === 0 ? EXIT.done : EXIT.failed;
    }
    const failure =
      error instanceof CliError
        ? error
        : new CliError(error instanceof Error ? error.message : String(error));
    io.say(`shop: ${failure.message}`);
    return failure.exitCode;
  }
}
