import { type ApiDeps, addImage, authenticate, DomainError } from "@petshop/api";
import { imageAltSchema } from "@petshop/api/schemas";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AppEnv } from "../hono-env";

// Picture uploads: multipart, staff only, checked by content. tRPC speaks JSON, so files come in
// through this plain route; everything else about pictures (primary, removal) is in the router.

const STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
} as const;

const animalId = z.uuid();

export function uploadRoutes(deps: ApiDeps, maxUploadBytes: number) {
  return new Hono<AppEnv>().post(
    "/uploads/animals/:id/images",
    bodyLimit({
      // The multipart envelope adds a little to the file itself.
      maxSize: maxUploadBytes + 16 * 1024,
      onError: (c) =>
        c.json(
          { error: { message: `Pictures can be at most ${Math.floor(maxUploadBytes / 1_048_576)} MB.` } },
          413,
        ),
    }),
    async (c) => {
      const auth = await authenticate(
        deps.db,
        c.req.raw.headers,
        new Headers(),
        deps.cookies,
        deps.clock.now(),
      );
      const user = auth.kind === "session" || auth.kind === "token" ? auth.user : null;
      if (!user) return c.json({ error: { message: "Please sign in." } }, 401);
      if (user.role !== "staff" && user.role !== "admin") {
        return c.json({ error: { message: "Only shop staff may do this." } }, 403);
      }
      const id = animalId.safeParse(c.req.param("id"));
      if (!id.success) return c.json({ error: { message: "Not an animal id." } }, 400);

      const body = await c.req.parseBody().catch(() => null);
      const file = body?.file;
      if (!(file instanceof File))
        return c.json({ error: { message: "Send the picture as the multipart field `file`." } }, 400);
      const alt = imageAltSchema.safeParse(typeof body?.alt === "string" ? body.alt : "");
      if (!alt.success)
        return c.json({ error: { message: alt.error.issues[0]?.message ?? "Bad description." } }, 400);

      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const animal = await addImage(deps.db, deps.media, { animalId: id.data, bytes, alt: alt.data });
        return c.json({ animal }, 201);
      } catch (error) {
        if (error instanceof DomainError)
          return c.json({ error: { message: error.message } }, STATUS[error.code]);
        throw error;
      }
    },
  );
}
