import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { answerStore } from "./answer-store";

const body = (text: string) => new TextEncoder().encode(text);

describe("the answer store", () => {
  it("keeps an answer with its gzip when it is worth compressing", async () => {
    const store = answerStore(1024 * 1024);
    const large = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ name: `pet ${i}` })) });
    await store.put("large", body(large));
    await store.put("small", body('{"items":[]}'));
    const kept = store.get("large");
    expect(new TextDecoder().decode(kept?.json)).toBe(large);
    expect(gunzipSync(kept?.gzip ?? new Uint8Array()).toString("utf8")).toBe(large);
    expect(store.get("small")?.gzip).toBeNull();
  });

  it("stays within its byte bound under many distinct inputs, dropping the least recently used", async () => {
    const bound = 64 * 1024;
    const store = answerStore(bound);
    await store.put("popular", body("x".repeat(500)));
    for (let i = 0; i < 2_000; i++) {
      store.get("popular");
      await store.put(`input ${i}`, body(`{"q":"${i}",${"y".repeat(500)}}`));
      expect(store.bytes).toBeLessThanOrEqual(bound);
    }
    expect(store.entries).toBeLessThan(2_000);
    expect(store.get("popular")).toBeDefined();
    expect(store.get("input 0")).toBeUndefined();
    expect(store.get("input 1999")).toBeDefined();
  });

  it("does not keep an answer larger than an eighth of its bound", async () => {
    const store = answerStore(8 * 1024);
    await store.put("huge", body(crypto.getRandomValues(new Uint8Array(1500)).join(",")));
    expect(store.get("huge")).toBeUndefined();
    expect(store.bytes).toBe(0);
  });
});
