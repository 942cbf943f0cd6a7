import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allOutput, emptyFolder, runShop } from "./test-support/run-shop";
import { type ShopServer, startShopServer } from "./test-support/shop-server";

// `shop animals import/export`, the built command against the real server and database.

let server: ShopServer;
let env: Record<string, string>;

const HEADER = "slug,name,species,breed,sex,birthDate,priceMinor,currency,stock,status,description";

/** A CSV file in a fresh folder; returns its path. */
function csvFile(text: string | Buffer, name = "animals.csv"): string {
  const path = join(emptyFolder(), name);
  writeFileSync(path, text);
  return path;
}

const row = (
  slug: string,
  fields: Partial<Record<"species" | "priceMinor" | "stock" | "status" | "name", string>> = {},
) =>
  [
    slug,
    fields.name ?? `Name of ${slug}`,
    fields.species ?? "fish",
    "Neon tetra",
    "unknown",
    "2026-06-01",
    fields.priceMinor ?? "350",
    "EUR",
    fields.stock ?? "40",
    fields.status ?? "active",
    '"Bright, small; lives in ""shoals"".\nSecond line."',
  ].join(",");

const slugsIn = async (prefix: string) =>
  (
    await server.testDb.db
      .selectFrom("animals")
      .select("slug")
      .where("slug", "like", `${prefix}%`)
      .orderBy("slug")
      .execute()
  ).map((r) => r.slug);

beforeAll(async () => {
  server = await startShopServer();
  env = { SHOP_API_URL: server.url, SHOP_API_TOKEN: server.staffToken };
});
afterAll(async () => {
  await server?.close();
});

describe("shop animals import", () => {
  it("reports each bad row by line and field, exits 1, and writes only the good rows", async () => {
    const file = csvFile(
      [
        HEADER,
        row("cli-good-a"),
        row("cli-bad-species", { species: "dragon" }),
        row("cli-bad-price", { priceMinor: "-5" }),
        row("cli-good-b"),
        row("cli-good-a", { name: "Again" }),
        "cli-short,too few fields",
        row("cli-bad-stock", { stock: "lots" }),
        row("cli-bad-nul", { name: "Nul\u0000inside" }),
      ].join("\n"),
    );
    const result = await runShop(["animals", "import", file], { env });
    expect(result.code).toBe(1);
    // The description spans two physical lines, so row N of the file starts on line 2N.
    expect(result.stderr).toContain("line 5: species:");
    expect(result.stderr).toContain("line 7: priceMinor:");
    expect(result.stderr).toMatch(/line 11: slug: "cli-good-a" is also on line 3/);
    expect(result.stderr).toMatch(/line 12: row: has 2 fields where the header has 11/);
    expect(result.stderr).toContain("line 14: stock:");
    // A NUL would make the API refuse the whole batch; it is one bad row like the others.
    expect(result.stderr).toContain("line 16: name: Contains a control character");
    expect(result.stdout).toContain("2 created, 0 updated, 0 unchanged, 6 rejected.");
    expect(await slugsIn("cli-")).toEqual(["cli-good-a", "cli-good-b"]);
  });

  it("says every row is unchanged on a second run, and a dry run writes nothing", async () => {
    const file = csvFile(
      [HEADER, row("again-a"), row("again-b", { stock: "0", status: "draft" })].join("\n"),
    );
    expect((await runShop(["animals", "import", file], { env })).stdout).toContain("2 created");
    const second = await runShop(["animals", "import", file], { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("0 created, 0 updated, 2 unchanged, 0 rejected.");

    const changed = csvFile([HEADER, row("again-a", { priceMinor: "999" }), row("again-new")].join("\n"));
    const dry = await runShop(["animals", "import", changed, "--dry-run"], { env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      "Dry run, nothing written: 1 would be created, 1 would be updated, 0 unchanged",
    );
    expect(await slugsIn("again-")).toEqual(["again-a", "again-b"]);
  });

  it("prints progress lines when stderr is not a terminal", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(`progress-${String(i).padStart(2, "0")}`));
    const result = await runShop(["animals", "import", csvFile([HEADER, ...rows].join("\n"))], { env });
    expect(result.stderr).toContain("30 of 30 rows sent");
  });

  it("reads standard input when the file is -", async () => {
    const result = await runShop(["animals", "import", "-"], {
      env,
      stdin: `${HEADER}\n${row("from-stdin")}\n`,
    });
    expect(result.code).toBe(0);
    expect(await slugsIn("from-stdin")).toEqual(["from-stdin"]);
  });
});

describe("bad files: one clear message with the line, nothing written", () => {
  const cases: { name: string; content: () => string | Buffer; message: RegExp; code: number }[] = [
    {
      name: "a wrong header",
      content: () => `slug,name,kind\n${row("bad-header")}`,
      message: /Line 1: the header is not right \(unknown column "kind"; missing species,/,
      code: 1,
    },
    {
      name: "an empty file",
      content: () => "",
      message: /The file is empty: it needs a header line/,
      code: 1,
    },
    {
      name: "a byte that is not UTF-8",
      content: () =>
        Buffer.concat([Buffer.from(`${HEADER}\n${row("utf8-ok")}\n`), Buffer.from([0x66, 0xff, 0x66, 0x0a])]),
      message: /Line 4: the file is not UTF-8 text/,
      code: 1,
    },
    {
      name: "a 50 MB line",
      content: () => `${HEADER}\n${row("long-ok")}\n${"x".repeat(50 * 1024 * 1024)}\n`,
      message: /Line 4 is longer than 1024 KiB/,
      code: 1,
    },
    {
      name: "an unclosed quote",
      content: () => `${HEADER}\nunclosed,"never ends`,
      message: /the CSV cannot be read: .*quote/i,
      code: 1,
    },
  ];
  for (const { name, content, message, code } of cases) {
    it(`refuses ${name}`, async () => {
      const before = await slugsIn("");
      const result = await runShop(["animals", "import", csvFile(content())], { env });
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(await slugsIn("")).toEqual(before);
    });
  }

  it("says so when the file does not exist (bad usage, exit 2)", async () => {
    const result = await runShop(["animals", "import", "/nonexistent/animals.csv"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("shop: There is no file /nonexistent/animals.csv.\n");
  });
});

describe("shop animals export", () => {
  it("writes the columns the import reads, so export then import changes nothing", async () => {
    const file = csvFile(
      [HEADER, row("trip-a"), row("trip-b", { status: "archived", species: "bird" })].join("\n"),
    );
    await runShop(["animals", "import", file], { env });

    const exported = await runShop(["animals", "export"], { env });
    expect(exported.code).toBe(0);
    const lines = exported.stdout.split("\n");
    expect(lines[0]).toBe(HEADER);
    expect(exported.stdout).toContain(
      'trip-b,Name of trip-b,bird,Neon tetra,unknown,2026-06-01,350,EUR,40,archived,"Bright',
    );

    const again = await runShop(["animals", "import", csvFile(exported.stdout)], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^0 created, 0 updated, \d+ unchanged, 0 rejected\.$/m);
    expect((await runShop(["animals", "export"], { env })).stdout).toBe(exported.stdout);
  });

  it("filters by status and species, and refuses an unknown one as bad usage", async () => {
    const birds = await runShop(["animals", "export", "--species", "bird", "--status", "archived"], { env });
    const records: { slug: string }[] = parse(birds.stdout, { columns: true });
    expect(records.map((r) => r.slug)).toEqual(["trip-b"]);
    const bad = await runShop(["animals", "export", "--species", "dragon"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^shop: --species: .+ See --help\.\n$/);
  });
});

it("never prints the token", () => {
  expect(allOutput.length).toBeGreaterThan(10);
  for (const output of allOutput) expect(output).not.toContain(server.staffToken);
});
