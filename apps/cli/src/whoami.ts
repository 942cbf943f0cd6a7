import type { Connection } from "./connect";
import { CliError } from "./exit";

// Who the token acts as: every staff command checks this first, so a customer's token fails
// with one clear line before any work starts.

/** The token's account; CliError when the shop does not know it. */
export async function whoAmI({ api }: Connection) {
  const me = await api.users.me.query();
  if (!me)
    throw new CliError("The shop does not know this token's account. Create a new token in the admin app.");
  return me;
}

/** The token's account, which must be staff or admin. */
export async function requireStaff(connection: Connection) {
  const me = await whoAmI(connection);
  if (me.role !== "staff" && me.role !== "admin") {
    throw new CliError(
      `This token acts as ${me.email}, a ${me.role}: only staff may do this. Use a token of a staff account.`,
    );
  }
  return me;
}
