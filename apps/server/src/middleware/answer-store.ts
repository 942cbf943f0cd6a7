import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { API_COMPRESSION_MIN_BYTES } from "./compress-api";

const gzipAsync = promisify(gzip);

/** A public catalogue answer as sent: its JSON, and its gzip when it is worth compressing. */
export interface StoredAnswer {
  json: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
}

/** What an entry costs beside its bytes: the key, the object, the map's node. */
const ENTRY_OVERHEAD_BYTES = 256;

export interface AnswerStore {
  get(key: string): StoredAnswer | undefined;
  /** Keeps `json` (and its gzip) under `key`, evicting the least recently used beyond the bound. */
  put(key: string, json: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Bytes held now, keys and overhead included; never above the bound. */
  readonly bytes: number;
  readonly entries: number;
}

/**
 * The bodies of public catalogue answers, in memory, bounded by bytes (lru-cache). An answer larger
 * than an eighth of the bound is not kept: one page must not push out hundreds.
 */
export function answerStore(maxBytes: number): AnswerStore {
  const cache = new LRUCache<string, StoredAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) =>
      answer.json.byteLength + (answer.gzip?.byteLength ?? 0) + key.length * 2 + ENTRY_OVERHEAD_BYTES,
  });
  return {
    get: (key) => cache.get(key),
    async put(key, json) {
      const gzip =
        json.byteLength >= API_COMPRESSION_MIN_BYTES ? new Uint8Array(await gzipAsync(json)) : null;
      const size = json.byteLength + (gzip?.byteLength ?? 0) + key.length * 2 + ENTRY_OVERHEAD_BYTES;
      if (size > maxBytes / 8) return;
      cache.set(key, { json, gzip });
    },
    get bytes() {
      return cache.calculatedSize;
    },
    get entries() {
      return cache.size;
    },
  };
}
