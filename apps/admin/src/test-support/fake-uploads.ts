import { unexpectedHandlerErrors } from "@petshop/ui/testing";
import { vi } from "vitest";
import type { fakeInventory } from "./fake-inventory";

// A stand-in for the server's picture upload route (POST /uploads/animals/:id/images), which is
// plain multipart rather than tRPC. The page calls it with the global fetch, so that is what gets
// replaced; tRPC calls never reach it, since they go through the fetch handed to ApiProvider
// (render.tsx). test-setup.ts puts the real fetch back after each test.

export interface UploadCall {
  url: string;
  method: string;
  credentials: RequestCredentials | undefined;
  file: File;
  alt: string;
}

export interface UploadAnswer {
  status: number;
  body: unknown;
}

export function fakeUploads(answer: (call: UploadCall) => UploadAnswer | Promise<UploadAnswer>) {
  const calls: UploadCall[] = [];
  const fetch: typeof globalThis.fetch = async (request, init) => {
    const url = request instanceof Request ? request.url : String(request);
    const body = init?.body;
    const file = body instanceof FormData ? body.get("file") : null;
    const alt = body instanceof FormData ? body.get("alt") : null;
    if (!url.startsWith("/uploads/") || !(file instanceof File) || typeof alt !== "string") {
      // Reported by test-setup.ts, rather than only as a "could not reach the shop" on screen.
      const error = new Error(`Not an upload: ${init?.method ?? "GET"} ${url}`);
      unexpectedHandlerErrors.push(error);
      throw error;
    }
    const call = { url, method: init?.method ?? "GET", credentials: init?.credentials, file, alt };
    calls.push(call);
    const { status, body: json } = await answer(call);
    return new Response(JSON.stringify(json), { status, headers: { "content-type": "application/json" } });
  };
  vi.stubGlobal("fetch", fetch);
  return { calls };
}

/** Answers like the server does once it has checked the picture: stored, with the listing as it is now. */
export function storeUploadsIn(inventory: ReturnType<typeof fakeInventory>) {
  let stored = 0;
  return ({ url, alt }: UploadCall): UploadAnswer => {
    const id = /^\/uploads\/animals\/([^/]+)\/images$/.exec(url)?.[1];
    if (!id) return { status: 404, body: { error: { message: "Not found." } } };
    stored += 1;
    const animal = inventory.addImage(decodeURIComponent(id), {
      url: `/media/animals/upload-${stored}.png`,
      alt,
    });
    return { status: 201, body: { animal } };
  };
}
