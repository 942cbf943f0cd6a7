import { randomUUID } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

// Where uploaded pictures live: files under a configured folder, served by the server at /media/.
// Names are random, so a URL never changes meaning and can be cached for good.

export interface MediaStore {
  /** Stores the bytes; returns the public URL path (`/media/animals/<uuid>.<ext>`). */
  save(folder: "animals", bytes: Uint8Array, ext: string): Promise<string>;
  /** Deletes the file behind a URL this store made; other URLs (shipped pictures) are left alone. */
  remove(url: string): Promise<void>;
}

export const MEDIA_URL_PREFIX = "/media/";
const OURS = /^\/media\/(animals)\/([0-9a-f-]{36}\.(?:jpg|png|webp))$/;

export function fileMediaStore(root: string): MediaStore {
  return {
    async save(folder, bytes, ext) {
      await mkdir(join(root, folder), { recursive: true });
      const name = `${randomUUID()}.${ext}`;
      await writeFile(join(root, folder, name), bytes, { flag: "wx" });
      return `${MEDIA_URL_PREFIX}${folder}/${name}`;
    },
    async remove(url) {
      const match = OURS.exec(url);
      if (!match) return;
      await unlink(join(root, match[1] ?? "", match[2] ?? "")).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    },
  };
}
