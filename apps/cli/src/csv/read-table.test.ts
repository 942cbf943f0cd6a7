import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError } from "../exit";
import { type CsvRow, readCsvTable } from "./read-table";
import { utf8Lines } from "./utf8-lines";

// Reading CSV text: header checks, line numbers, and the bytes refused before parsing.

const COLUMNS = ["slug", "name"] as const;

/** The rows of `chunks` (fed one by one, as a file arrives), or the error that ended the read. */
async function read(chunks: (string | Buffer)[], columns: readonly string[] = COLUMNS) {
  const rows: CsvRow[] = [];
  try {
    for await (const row of readCsvTable(Readable.from(chunks.map((c) => Buffer.from(c))), columns))
      rows.push(row);
    return { rows };
  } catch (error) {
    return { rows, error: error instanceof CliError ? error.message : String(error) };
  }
}

describe("readCsvTable", () => {
  it("names fields by the header in any order, with each row's line; skips blank lines and a BOM", async () => {
    const { rows, error } = await read(["\uFEFFname,slug\r\nRex,", "rex\n\n", 'Two,"two"\n']);
    expect(error).toBeUndefined();
    expect(rows).toEqual([
      { line: 2, fields: { name: "Rex", slug: "rex" } },
      { line: 4, fields: { name: "Two", slug: "two" } },
    ]);
  });

  it("flags a row with the wrong number of fields, and goes on", async () => {
    const { rows } = await read(["slug,name\na\nb,B\n"]);
    expect(rows[0]).toMatchObject({ line: 2, problem: "has 1 fields where the header has 2" });
    expect(rows[1]).toEqual({ line: 3, fields: { slug: "b", name: "B" } });
  });

  it("refuses a header with unknown, missing or repeated columns", async () => {
    expect((await read(["slug,nom\n"])).error).toBe(
      'Line 1: the header is not right (unknown column "nom"; missing name). Expected the columns: slug,name',
    );
    expect((await read(["slug,name,slug\n"])).error).toContain("repeated slug");
  });

  it("refuses an empty file", async () => {
    expect((await read([""])).error).toMatch(/^The file is empty/);
  });
});

describe("utf8Lines", () => {
  async function text(chunks: Buffer[], maxLineBytes?: number) {
    let out = "";
    try {
      for await (const piece of Readable.from(chunks).pipe(utf8Lines(maxLineBytes))) out += String(piece);
      return out;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  it("passes UTF-8 through even when a character is split between chunks", async () => {
    const bytes = Buffer.from("a,é\nb,ü");
    expect(await text([bytes.subarray(0, 4), bytes.subarray(4)])).toBe("a,é\nb,ü");
  });

  it("names the line of a byte that is not UTF-8", async () => {
    expect(await text([Buffer.from("ok\nok\n"), Buffer.from([0x61, 0xc3, 0x28, 0x0a])])).toMatch(
      /^Line 3: the file is not UTF-8/,
    );
  });

  it("stops at a line longer than the limit without holding it", async () => {
    expect(
      await text([Buffer.from("short\n"), Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)], 1024),
    ).toMatch(/^Line 2 is longer than 1 KiB/);
  });
});
