import { parseArgs } from "node:util";
import {
  createOrPromoteAdmin,
  emailSchema,
  isCommonPassword,
  newPasswordSchema,
  personNameSchema,
} from "@petshop/api";
import { loadAdminPassword, loadConfig } from "@petshop/config";
import { createDatabase } from "@petshop/db";
import { describeFailure, migrateToLatest } from "@petshop/migrations";

// `pnpm users:create-admin --email ops@shop.example [--name "Ops"]`: makes that account an admin,
// creating it if needed. The password comes from ADMIN_PASSWORD or is typed at a hidden prompt.

const usage =
  'Usage: pnpm users:create-admin --email <email> [--name "<name>"]  (password: ADMIN_PASSWORD or a prompt)';

/** A problem with what the person typed or passed; printed as it is. */
class InputError extends Error {}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY)
    return Promise.reject(new InputError("No terminal to ask for the password; set ADMIN_PASSWORD."));
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (result: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write("\n");
      result();
    };
    function onData(chunk: string) {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish(() => resolve(value));
        if (char === "\u0003") return finish(() => reject(new InputError("Cancelled.")));
        value = char === "\u007f" ? value.slice(0, -1) : value + char;
      }
    }
    stdin.on("data", onData);
  });
}

async function password(): Promise<string> {
  const given = loadAdminPassword() ?? (await promptHidden("Password for the new admin: "));
  const checked = newPasswordSchema.safeParse(given);
  if (!checked.success) throw new InputError(`Password: ${checked.error.issues[0]?.message ?? "not valid"}`);
  if (isCommonPassword(given)) throw new InputError("Password: this password is too common.");
  return given;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  const email = emailSchema.safeParse(values.email ?? "");
  const name = personNameSchema.safeParse(values.name ?? "Administrator");
  if (!email.success || !name.success) {
    console.error(email.success ? `Name: ${name.error?.issues[0]?.message}` : usage);
    return 2;
  }
  const config = loadConfig();
  const db = createDatabase(config.database);
  try {
    await migrateToLatest(db);
    const { created } = await createOrPromoteAdmin(db, { email: email.data, name: name.data, password });
    console.log(created ? `Created admin ${email.data}.` : `${email.data} is now an admin.`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const config = (() => {
      try {
        return loadConfig();
      } catch {
        return undefined;
      }
    })();
    const url = config?.database.kind === "postgres" ? config.database.url : undefined;
    console.error(error instanceof InputError ? error.message : describeFailure(error, url));
    process.exit(1);
  },
);
