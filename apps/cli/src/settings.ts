import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { CliError } from "./exit";

// The only module of the command that reads the environment: where the shop is and who we are.

/** What the command line said, before the environment fills the gaps. */
export interface ConnectionOptions {
  url?: string | undefined;
  token?: string | undefined;
}

export interface Settings {
  /** The shop's origin, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** An API token (`pst_…`); never printed. */
  token: string;
}

const urlSchema = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: "must be an http(s) URL like http://127.0.0.1:3000",
  });

/** `--url`/`--token`, else `SHOP_API_URL`/`SHOP_API_TOKEN` from the environment, else from `./.env`. */
export function resolveSettings(options: ConnectionOptions, cwd: string = process.cwd()): Settings {
  const file = join(cwd, ".env");
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
  const env: Record<string, string | undefined> = { ...fromFile, ...process.env };
  const url = options.url ?? env.SHOP_API_URL;
  const token = options.token ?? env.SHOP_API_TOKEN;
  if (!url)
    throw new CliError("No shop to talk to: pass --url or set SHOP_API_URL (e.g. http://127.0.0.1:3000).");
  const parsedUrl = urlSchema.safeParse(url);
  if (!parsedUrl.success) throw new CliError(`The shop's URL ${parsedUrl.error.issues[0]?.message}.`);
  if (!token) {
    throw new CliError(
      "No API token: pass --token or set SHOP_API_TOKEN (create one in the admin app under Tokens).",
    );
  }
  return { url: url.replace(/\/+$/, ""), token };
}
