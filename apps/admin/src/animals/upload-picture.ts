import { z } from "zod";
import type { StaffAnimal } from "./listing-form";

// Picture uploads. tRPC speaks JSON, so files go to the server's plain multipart route
// (apps/server/src/routes/uploads.ts) with the global fetch; everything else about pictures is tRPC.

/** What the server accepts (it checks the content itself; these are the types browsers report). */
export const PICTURE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** The server's default limit. A server configured higher is still the one that decides. */
export const MAX_PICTURE_MB = 5;
const MAX_PICTURE_BYTES = MAX_PICTURE_MB * 1_048_576;
/** The server's bound on a picture's description (imageAltSchema). */
export const MAX_ALT_LENGTH = 200;

const UNREACHABLE = "We could not reach the shop. Please check your connection and try again.";

/** Why a chosen file cannot be a picture, said before anything is sent; null when it may be tried. */
export function pictureProblem(file: File): string | null {
  if (!PICTURE_TYPES.some((type) => type === file.type)) {
    return `“${file.name}” is not a JPEG, PNG or WebP picture.`;
  }
  if (file.size > MAX_PICTURE_BYTES) {
    const mb = (file.size / 1_048_576).toFixed(1);
    return `“${file.name}” is ${mb} MB; pictures can be at most ${MAX_PICTURE_MB} MB.`;
  }
  return null;
}

/** A refused or failed upload, worded for the person at the screen. */
export class UploadError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or null when no answer came at all. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

const refusal = z.object({ error: z.object({ message: z.string().min(1) }) });

// Only the parts of the answer this app reads are checked; the page reloads the whole listing
// through tRPC afterwards, typed by the router.
const accepted = z.object({
  animal: z.object({
    version: z.number().int(),
    images: z.array(z.object({ url: z.string(), alt: z.string() })),
  }),
});

export type UploadedListing = Pick<StaffAnimal, "version" | "images">;

/** Words for an error answer that did not come from our route (a proxy's HTML page, say). */
function fallbackMessage(status: number): string {
  if (status === 413) return `The picture is too large. Pictures can be at most ${MAX_PICTURE_MB} MB.`;
  return `The picture could not be uploaded (error ${status}). Please try again.`;
}

/** Sends one picture with its description; resolves with the listing's new version and pictures. */
export async function uploadPicture(animalId: string, file: File, alt: string): Promise<UploadedListing> {
  const body = new FormData();
  body.set("file", file);
  body.set("alt", alt);
  let response: Response;
  try {
    // No content-type header: the browser writes the multipart one with its boundary. The path is
    // from the site root because the admin itself is served below /admin/.
    response = await fetch(`/uploads/animals/${encodeURIComponent(animalId)}/images`, {
      method: "POST",
      body,
      credentials: "same-origin",
    });
  } catch {
    throw new UploadError(UNREACHABLE, null);
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refused = refusal.safeParse(answer);
    throw new UploadError(
      refused.success ? refused.data.error.message : fallbackMessage(response.status),
      response.status,
    );
  }
  const parsed = accepted.safeParse(answer);
  if (!parsed.success) {
    // Stored, most likely, but we cannot tell: the caller reloads the listing either way.
    throw new UploadError("The shop gave an unexpected answer. Reload the page to see the pictures.", null);
  }
  return parsed.data.animal;
}
