import { z } from "zod";

// The sign-in pages' URLs, read by the router before their (lazily loaded) pages arrive.

/** `/login?redirect=/account`: where to go once signed in. Checked again before use (safeRedirect). */
export const authSearch = z.object({ redirect: z.string().optional().catch(undefined) });

/** `/reset-password?token=…`, the link from the reset mail. */
export const resetPasswordSearch = z.object({ token: z.string().optional().catch(undefined) });
