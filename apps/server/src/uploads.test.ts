import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { signedInActor, type TestActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./test-support/app";

// Picture uploads through the real app: staff only, checked by content, bounded in size, served
// from /media/, and removed with their files.

let testDb: TestDatabase;
let shop: TestApp;
let staff: TestActor;
let animalId: string;

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);

beforeAll(async () => {
  testDb = await createTestDatabase();
  shop = testApp(testDb.db);
  staff = await signedInActor(shop.deps, "staff");
  animalId = (
    await testDb.db
      .insertInto("animals")
      .values({
        slug: "pip",
        name: "Pip",
        species: "bird",
        breed: "Canary",
        sex: "male",
        birthDate: "2026-05-01",
        priceMinor: 5000,
        currency: "EUR",
        stock: 1,
        status: "active",
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => testDb?.destroy());

function upload(
  bytes: Uint8Array,
  { cookie = staff.cookie, name = "photo.png", type = "image/png", origin = "http://shop.test" } = {},
) {
  const form = new FormData();
  form.set("file", new File([bytes], name, { type }));
  form.set("alt", "Pip on his perch");
  return shop.app.request(`http://localhost/uploads/animals/${animalId}/images`, {
    method: "POST",
    headers: { cookie, origin },
    body: form,
  });
}

const files = () =>
  existsSync(join(shop.deps.mediaDir, "animals")) ? readdirSync(join(shop.deps.mediaDir, "animals")) : [];
const imagesOf = async () =>
  (
    await testDb.db
      .selectFrom("animals")
      .select("images")
      .where("id", "=", animalId)
      .executeTakeFirstOrThrow()
  ).images;

async function trpc(path: string, input: unknown) {
  return shop.app.request(`http://localhost/trpc/${path}?batch=1`, {
    method: "POST",
    headers: { cookie: staff.cookie, origin: "http://shop.test", "content-type": "application/json" },
    body: JSON.stringify({ 0: input }),
  });
}

describe("picture uploads", () => {
  it("stores a staff member's PNG, lists it on the animal and serves it for good", async () => {
    const res = await upload(PNG);
    expect(res.status).toBe(201);
    const images = await imagesOf();
    expect(images).toEqual([
      { url: expect.stringMatching(/^\/media\/animals\/[0-9a-f-]{36}\.png$/), alt: "Pip on his perch" },
    ]);
    const served = await shop.app.request(images[0]?.url ?? "");
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
    expect(served.headers.get("cache-control")).toContain("immutable");
  });

  it("refuses a renamed non-image, and writes nothing", async () => {
    const before = { files: files(), images: await imagesOf() };
    const res = await upload(new TextEncoder().encode("<svg onload=alert(1)>"), {
      name: "cute.png",
      type: "image/png",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { message: "Only JPEG, PNG and WebP pictures can be uploaded." },
    });
    expect(files()).toEqual(before.files);
    expect(await imagesOf()).toEqual(before.images);
  });

  it("refuses an oversized file with 413", async () => {
    const big = new Uint8Array(300 * 1024);
    big.set(PNG);
    expect((await upload(big)).status).toBe(413);
  });

  it("is for staff only, and only from the shop's own pages", async () => {
    const customer = await signedInActor(shop.deps, "customer");
    expect((await upload(PNG, { cookie: customer.cookie })).status).toBe(403);
    expect((await upload(PNG, { cookie: "" })).status).toBe(401);
    expect((await upload(PNG, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("makes a picture primary, and removing one deletes its file", async () => {
    await upload(PNG);
    const [first, second] = await imagesOf();
    expect((await trpc("animals.setPrimaryImage", { id: animalId, url: second?.url })).status).toBe(200);
    expect((await imagesOf())[0]?.url).toBe(second?.url);

    const fileName = (first?.url ?? "").split("/").pop() ?? "";
    expect(files()).toContain(fileName);
    expect((await trpc("animals.removeImage", { id: animalId, url: first?.url })).status).toBe(200);
    expect(files()).not.toContain(fileName);
    expect((await imagesOf()).map((i) => i.url)).toEqual([second?.url]);
    expect((await trpc("animals.removeImage", { id: animalId, url: "/media/animals/nope.png" })).status).toBe(
      404,
    );
  });
});
