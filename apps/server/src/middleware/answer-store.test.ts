import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { answerStore } from "./answer-store";

const body = (text: string) => new TextEncoder().encode(text);

describe("the answer store", () => {
  it("keeps an answer's gzip only once a client asks for it, and only when it is worth compressing", async () => {
    const store = answerStore(1024 * 1024);
    const large = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ name: `pet ${i}` })) });
    store.put("large", body(large));
    store.put("small", body('{"items":[]}'));
    const kept = store.get("large");
    if (!kept) throw new Error("the large answer was not kept");
    expect(new TextDecoder().decode(kept.json)).toBe(large);
    expect(kept.gzip).toBeNull();
    const before = store.bytes;
    const gzip = await store.gzipOf("large", kept);
    expect(gunzipSync(gzip ?? new Uint8Array()).toString("utf8")).toBe(large);
    expect(store.get("large")?.gzip).toEqual(gzip);
    expect(store.bytes).toBe(before + (gzip?.byteLength ?? 0));
    const small = store.get("small");
    expect(small && (await store.gzipOf("small", small))).toBeNull();
  });

  it("does not put a gzip beside an answer that was replaced meanwhile", async () => {
    const store = answerStore(1024 * 1024);
    store.put("page", body("a".repeat(2000)));
    const old = store.get("page");
    store.put("page", body("b".repeat(2000)));
    if (!old) throw new Error("the first answer was not kept");
    await store.gzipOf("page", old);
    expect(store.get("page")?.gzip).toBeNull();
    expect(new TextDecoder().decode(store.get("page")?.json)).toBe("b".repeat(2000));
  });

  it("stays within its byte bound under many distinct inputs, dropping the least recently used", async () => {
    const bound = 64 * 1024;
    const store = answerStore(bound);
    store.put("popular", body("x".repeat(500)));
    for (let i = 0; i < 2_000; i++) {
      store.get("popular");
      store.put(`input ${i}`, body(`{"q":"${i}",${"y".repeat(500)}}`));
      expect(store.bytes).toBeLessThanOrEqual(bound);
    }
    expect(store.entries).toBeLessThan(2_000);
    expect(store.get("popular")).toBeDefined();
    expect(store.get("input 0")).toBeUndefined();
    expect(store.get("input 1999")).toBeDefined();
  });

  it("does not keep an answer larger than an eighth of its bound", async () => {
    const store = answerStore(8 * 1024);
    store.put("huge", body(crypto.getRandomValues(new Uint8Array(1500)).join(",")));
    expect(store.get("huge")).toBeUndefined();
    expect(store.bytes).toBe(0);
  });
});
