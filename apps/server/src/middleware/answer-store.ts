import { LRUCache } from "lru-cache";
import { gzipWhenWorthIt } from "./compress-api";

/** A public catalogue answer as sent: its JSON, and its gzip once a client has asked for one. */
export interface StoredAnswer {
  json: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
}

/** What an entry costs beside its bytes: the key, the object, the map's node. */
const ENTRY_OVERHEAD_BYTES = 256;

export interface AnswerStore {
  get(key: string): StoredAnswer | undefined;
  /** Keeps `json` under `key`, evicting the least recently used beyond the bound. */
  put(key: string, json: Uint8Array<ArrayBuffer>): void;
  /**
   * The answer's gzip, made on the first request that accepts it and kept beside the JSON; null
   * when the answer is too small to be worth compressing.
   */
  gzipOf(key: string, answer: StoredAnswer): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Drops every kept answer (they all belong to a catalogue version that has moved on). */
  clear(): void;
  /** Bytes held now, keys and overhead included; never above the bound. */
  readonly bytes: number;
  readonly entries: number;
}

const sizeOf = (answer: StoredAnswer, key: string) =>
  answer.json.byteLength + (answer.gzip?.byteLength ?? 0) + key.length * 2 + ENTRY_OVERHEAD_BYTES;

/**
 * The bodies of public catalogue answers, in memory, bounded by bytes (lru-cache). An answer larger
 * than an eighth of the bound is not kept: one page must not push out hundreds. Gzip is made only
 * when a client asks for it, so a cache of answers nobody wants compressed pays for none.
 */
export function answerStore(maxBytes: number): AnswerStore {
  const cache = new LRUCache<string, StoredAnswer>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  const keep = (key: string, answer: StoredAnswer) => {
    if (sizeOf(answer, key) <= maxBytes / 8) cache.set(key, answer);
  };
  return {
    get: (key) => cache.get(key),
    put: (key, json) => keep(key, { json, gzip: null }),
    async gzipOf(key, answer) {
      if (answer.gzip) return answer.gzip;
      const gzip = await gzipWhenWorthIt(answer.json);
      if (!gzip) return null;
      // Kept only if the entry is still this answer (no newer one, not evicted).
      if (cache.peek(key) === answer) keep(key, { json: answer.json, gzip });
      return gzip;
    },
    clear: () => cache.clear(),
    get bytes() {
      return cache.calculatedSize;
    },
    get entries() {
      return cache.size;
    },
  };
}
