import { hashSecret } from "../../auth/secrets";
import type { Context } from "../../trpc";
import { clearedCartCookie, readCartToken } from "./cart-owner";
import { mergeAnonymousCart } from "./cart-service";

/** After a sign-in: the visitor's anonymous cart joins the user's, and its cookie is dropped. */
export async function mergeCartAtSignIn(
  ctx: Pick<Context, "db" | "headers" | "resHeaders" | "cookies">,
  userId: string,
): Promise<void> {
  const token = readCartToken(ctx.headers, ctx.cookies);
  if (!token) return;
  await mergeAnonymousCart(ctx.db, hashSecret(token), userId);
  ctx.resHeaders.append("Set-Cookie", clearedCartCookie(ctx.cookies));
}
