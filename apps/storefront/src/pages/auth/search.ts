import * as z from "zod/mini";

// The sign-in pages' URLs, read by the router before their (lazily loaded) pages arrive; zod/mini,
// as the router is part of every first load.

const optionalText = z.catch(z.optional(z.string()), undefined);

/** `/login?redirect=/account`: where to go once signed in. Checked again before use (safeRedirect). */
export const authSearch = z.object({ redirect: optionalText });

/** `/reset-password?token=…`, the link from the reset mail. */
export const resetPasswordSearch = z.object({ token: optionalText });
