import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { signedInActor } from "@petshop/api/testing";
import { FIRST_SCREEN_ELEMENT_ID } from "@petshop/client/first-screen";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FIRST_SCREEN_BUDGET_MS,
  pageWithFirstScreen,
  scriptsFor,
  VITE_MANIFEST,
  type ViteManifest,
} from "./routes/first-screen";
import { type TestApp, testApp } from "./test-support/app";

// Storefront pages sent with their first screen (routes/first-screen.ts), through the real app on
// a real database. The storefront's build stands in as a small module keeping the same contract
// (@petshop/client/first-screen): it asks the API who is signed in through the fetch it is given,
// and hands back that answer and the page's address, which a visitor writes.
const FIRST_SCREEN_MODULE_SOURCE = `
export async function loadFirstScreen(page, fetch) {
  if (page.searchParams.has("fail")) throw new Error("a loader broke");
  if (page.searchParams.has("shapeless")) return { images: "not a list" };
  if (page.searchParams.has("late")) await new Promise((resolve) => setTimeout(resolve, ${FIRST_SCREEN_BUDGET_MS + 200}));
  const res = await fetch(page.origin + "/trpc/users.me?batch=1&input=" + encodeURIComponent('{"0":{}}'));
  const [answer] = await res.json();
  const query = (queryKey, data) => ({ queryKey, queryHash: JSON.stringify(queryKey), state: { data, status: "success" } });
  return {
    queries: { mutations: [], queries: [query(["users", "me"], answer.result.data), query(["address"], page.pathname + page.search)] },
    images: ["/images/first.svg", '/images/"quoted".svg'],
    pageModules: ["src/pages/cart/CartPage.tsx"],
  };
}
`;

let testDb: TestDatabase;
let shop: TestApp;

/** What `vite build` would say of the cart's page: its chunk, and a chunk that one shares. */
const MANIFEST: ViteManifest = {
  "src/pages/cart/CartPage.tsx": { file: "assets/CartPage-abc.js", imports: ["_shared-def.js"] },
  "_shared-def.js": { file: "assets/shared-def.js" },
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  shop = testApp(testDb.db, { firstScreenModule: FIRST_SCREEN_MODULE_SOURCE });
  const manifest = join(shop.deps.storefrontDist, VITE_MANIFEST);
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify(MANIFEST));
});
afterAll(() => testDb?.destroy());

const page = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  shop.app.request(path, { method, headers: { accept: "text/html", ...headers } });

const builtPage = () => readFileSync(join(shop.deps.storefrontDist, "index.html"), "utf8");

/** What the page carries, read back as the browser does (first-screen/hydrate.ts): each query's data. */
function carried(html: string): { me: unknown; address: unknown } {
  const match = new RegExp(
    `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">(.*?)</script>`,
  ).exec(html);
  if (!match?.[1]) throw new Error(`no first screen in ${html}`);
  const { queries } = JSON.parse(match[1]) as { queries: { state: { data: unknown } }[] };
  return { me: queries[0]?.state.data, address: queries[1]?.state.data };
}

describe("a storefront page with its first screen", () => {
  it("carries what the API answered the visitor, and preloads the first pictures and the page's code", async () => {
    const customer = await signedInActor(shop.deps, "customer");
    const res = await page("/animals/luna", { cookie: customer.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    // Theirs alone: no cache keeps it, and no proxy compresses it.
    expect(res.headers.get("cache-control")).toBe("private, no-store, no-transform");
    const html = await res.text();
    expect(carried(html)).toMatchObject({ me: { email: customer.email }, address: "/animals/luna" });
    expect(html).toContain('<link rel="preload" as="image" href="/images/first.svg" fetchpriority="high">');
    expect(html).toContain('href="/images/&quot;quoted&quot;.svg"');
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/shared-def.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/CartPage-abc.js">',
    );
  });

  it("keeps what the address says inside the data, however it is written", async () => {
    const words = "</script><script>alert(1)</script><!--";
    const html = await (await page(`/?q=${encodeURIComponent(words)}`)).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(carried(html)).toMatchObject({ address: `/?q=${encodeURIComponent(words)}` });
  });

  it("gzips a page without cookies, and never one with them", async () => {
    const visitor = await page("/", { "accept-encoding": "gzip, br" });
    expect(visitor.headers.get("content-encoding")).toBe("gzip");
    expect(visitor.headers.get("cache-control")).toBe("no-cache");
    expect(visitor.headers.get("vary")).toBe("Accept-Encoding");
    const html = gunzipSync(Buffer.from(await visitor.arrayBuffer())).toString();
    expect(carried(html)).toMatchObject({ me: null, address: "/" });

    const customer = await signedInActor(shop.deps, "customer");
    const theirs = await page("/", { "accept-encoding": "gzip, br", cookie: customer.cookie });
    expect(theirs.headers.get("content-encoding")).toBeNull();
    expect(theirs.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("sends on the cookies the calls set: a session renewed as it nears its end", async () => {
    const customer = await signedInActor(shop.deps, "customer");
    shop.deps.clock.advance(16 * 24 * 60 * 60 * 1000);
    const res = await page("/", { cookie: customer.cookie });
    const renewed = res.headers.getSetCookie();
    expect(renewed).toEqual([expect.stringMatching(/^session=/)]);
    expect(renewed[0]).toContain(customer.cookie);
    expect(carried(await res.text())).toMatchObject({ me: { email: customer.email } });
  });

  it.each([
    ["fails", "/?fail"],
    ["answers in another shape", "/?shapeless"],
    ["misses its budget", "/?late"],
  ])("is sent as built when its first screen %s", async (_, path) => {
    const res = await page(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(builtPage());
  });

  it("is sent as built while the build's manifest cannot be read, and with its first screen once it can", async () => {
    const broken = testApp(testDb.db, { firstScreenModule: FIRST_SCREEN_MODULE_SOURCE });
    const manifest = join(broken.deps.storefrontDist, VITE_MANIFEST);
    mkdirSync(dirname(manifest), { recursive: true });
    writeFileSync(manifest, "{ not json");
    const pageOf = () => broken.app.request("/", { headers: { accept: "text/html" } });
    expect(await (await pageOf()).text()).toBe(
      readFileSync(join(broken.deps.storefrontDist, "index.html"), "utf8"),
    );

    writeFileSync(manifest, JSON.stringify(MANIFEST));
    expect(carried(await (await pageOf()).text())).toMatchObject({ address: "/" });
  });

  it("is not made for HEAD, nor for a file", async () => {
    const head = await page("/cart", {}, "HEAD");
    expect(head.headers.get("cache-control")).toBe("no-cache");
    const icon = await page("/favicon.svg");
    expect(await icon.text()).toContain("<svg");
  });

  it("never sends what the build keeps for the server", async () => {
    for (const path of ["/server/first-screen.js", `/${VITE_MANIFEST}`]) {
      for (const accept of ["*/*", "text/html"]) {
        const res = await shop.app.request(path, { headers: { accept } });
        expect(res.status, `${path} for ${accept}`).toBe(404);
      }
    }
  });
});

describe("pageWithFirstScreen", () => {
  it("puts the preload links at the end of the head and the data at the end of the body", () => {
    const built =
      '<html><head><link rel="modulepreload" href="/assets/start.js"></head><body><div id=root></div></body></html>';
    const html = pageWithFirstScreen(built, {
      queries: { mutations: [], queries: [] },
      images: ["/a.svg", "/b.svg", "/c.svg", "/d.svg"],
      scripts: ["/assets/start.js", "/assets/CartPage.js"],
    });
    expect(html).toBe(
      '<html><head><link rel="modulepreload" href="/assets/start.js">' +
        '<link rel="preload" as="image" href="/a.svg" fetchpriority="high">' +
        '<link rel="preload" as="image" href="/b.svg" fetchpriority="high">' +
        '<link rel="preload" as="image" href="/c.svg" fetchpriority="high">' +
        '<link rel="modulepreload" crossorigin href="/assets/CartPage.js">' +
        "</head><body><div id=root></div>" +
        `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">{"mutations":[],"queries":[]}</script>` +
        "</body></html>",
    );
  });
});

describe("scriptsFor", () => {
  it("lists each module's chunk after the chunks it imports, each once", () => {
    const manifest: ViteManifest = {
      "src/a.tsx": { file: "assets/a.js", imports: ["_shared.js", "_b.js"] },
      "_b.js": { file: "assets/b.js", imports: ["_shared.js"] },
      "_shared.js": { file: "assets/shared.js" },
      "src/c.tsx": { file: "assets/c.js", imports: ["_shared.js"] },
    };
    expect(scriptsFor(manifest, ["src/a.tsx", "src/c.tsx", "src/unknown.tsx"])).toEqual([
      "/assets/shared.js",
      "/assets/b.js",
      "/assets/a.js",
      "/assets/c.js",
    ]);
  });
});
