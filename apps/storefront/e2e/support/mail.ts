import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

// Without SMTP the server writes each mail to its log (see server.ts for where that goes).

/** The password-reset link in the mail the server logged for `email`. */
export async function resetLinkFor(logFile: string, email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const line = readFileSync(logFile, "utf8")
      .split("\n")
      .find((l) => l.includes('"mail"') && l.includes(email));
    const link = line
      ? /(http:\/\/[^\s"\\]+\/reset-password\?token=[a-z2-7]{32})/.exec(line)?.[1]
      : undefined;
    if (link) return link;
    await sleep(100);
  }
  throw new Error(`no reset mail for ${email} in ${logFile}`);
}
