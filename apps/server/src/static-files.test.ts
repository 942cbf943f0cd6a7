import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createDatabase } from "@petshop/db";
import { afterAll, describe, expect, it } from "vitest";
import { ROBOTS_TXT } from "./routes/site-files";
import { FAKE_LARGE_SCRIPT, testApp } from "./test-support/app";

// Static files never reach the database: an address nothing listens on proves it.
const db = createDatabase({
  kind: "postgres",
  url: "postgres://nobody@127.0.0.1:1/none",
  connectionTimeoutMs: 1000,
});
afterAll(() => db.destroy());
const { app, deps } = testApp(db);

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  app.request(path, { method, headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
const onDisk = (file: string) => readFileSync(join(deps.storefrontDist, file));

describe("precompressed built files", () => {
  it("sends the brotli copy when the client accepts br, even beside gzip", async () => {
    const res = await get("/assets/app-def456.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await bytes(res);
    expect(res.headers.get("content-length")).toBe(String(body.length));
    expect(body).toEqual(onDisk("assets/app-def456.js.br"));
    expect(brotliDecompressSync(body).toString()).toBe(FAKE_LARGE_SCRIPT);
  });

  it("falls back to the gzip copy when br is not accepted", async () => {
    const res = await get("/assets/app-def456.js", { "accept-encoding": "gzip, deflate" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    const body = await bytes(res);
    expect(res.headers.get("content-length")).toBe(String(body.length));
    expect(gunzipSync(body).toString()).toBe(FAKE_LARGE_SCRIPT);
  });

  it.each([
    ["no Accept-Encoding", {}],
    ["identity only", { "accept-encoding": "identity" }],
    ["br and gzip refused", { "accept-encoding": "br;q=0, gzip;q=0" }],
  ])("sends the file itself, still saying Vary, with %s", async (_, headers) => {
    const res = await get("/assets/app-def456.js", headers);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    const body = await bytes(res);
    expect(body.toString()).toBe(FAKE_LARGE_SCRIPT);
    expect(res.headers.get("content-length")).toBe(String(body.length));
  });

  it("says Vary on a text file too small to have copies", async () => {
    const small = await get("/assets/main-abc123.js", { "accept-encoding": "br" });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(small.headers.get("vary")).toBe("Accept-Encoding");
    expect(await small.text()).toBe('console.log("storefront")');
  });

  it("answers HEAD with the headers of the copy it would send and no body", async () => {
    for (const [encoding, file] of [
      ["br", "assets/app-def456.js.br"],
      ["gzip", "assets/app-def456.js.gz"],
      ["identity", "assets/app-def456.js"],
    ] as const) {
      const res = await get("/assets/app-def456.js", { "accept-encoding": encoding }, "HEAD");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(encoding === "identity" ? null : encoding);
      expect(res.headers.get("content-length")).toBe(String(onDisk(file).length));
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect((await bytes(res)).length).toBe(0);
    }
  });

  it("sends the SPA's index.html compressed for a client route, and revalidated", async () => {
    for (const path of ["/", "/animals/luna", "/assets/not-a-file"]) {
      const res = await get(path, { accept: "text/html", "accept-encoding": "gzip, br" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe("br");
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      const body = await bytes(res);
      expect(res.headers.get("content-length")).toBe(String(body.length));
      expect(brotliDecompressSync(body).toString()).toContain("<title>storefront</title>");
    }
    const admin = await get("/admin/orders/1", { accept: "text/html", "accept-encoding": "gzip" });
    expect(admin.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(admin)).toString()).toContain("<title>admin</title>");
  });

  it("never sends a compressed copy under its own name", async () => {
    for (const path of ["/assets/app-def456.js.br", "/assets/app-def456.js.gz", "/admin/index.html.br"]) {
      for (const encoding of ["identity", "br, gzip"]) {
        const headers = { "accept-encoding": encoding };
        const res = await get(path, headers);
        expect(res.status).toBe(404);
        expect(res.headers.get("content-encoding")).toBeNull();
      }
    }
  });
});

describe("the files crawlers and browsers ask for at the root", () => {
  it("/robots.txt allows the shop and keeps crawlers out of the staff app and the API", async () => {
    const res = await get("/robots.txt");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    const text = await res.text();
    expect(text).toBe(ROBOTS_TXT);
    expect(text.split("\n")).toEqual(
      expect.arrayContaining(["User-agent: *", "Allow: /", "Disallow: /admin/", "Disallow: /trpc/"]),
    );
  });

  it("/favicon.ico is the storefront's icon, as SVG", async () => {
    const res = await get("/favicon.ico", { accept: "image/avif,image/webp,*/*" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(await bytes(res)).toEqual(onDisk("favicon.svg"));
    expect((await get("/favicon.ico", {}, "HEAD")).status).toBe(200);
  });
});
