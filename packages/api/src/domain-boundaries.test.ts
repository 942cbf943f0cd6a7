import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A domain's files are its own business: another domain may import only what the domain's
// `index.ts` offers (`../orders`, never `../orders/order-status`), so the internals can change
// without anyone else noticing. Tests may reach in to set things up.

const domains = fileURLToPath(new URL("./domains", import.meta.url));

function crossings() {
  const found: string[] = [];
  for (const domain of readdirSync(domains)) {
    for (const file of readdirSync(join(domains, domain))) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
      const text = readFileSync(join(domains, domain, file), "utf8");
      for (const match of text.matchAll(/from "\.\.\/([a-z-]+)\/([^"]+)"/g)) {
        found.push(`${domain}/${file} imports ../${match[1]}/${match[2]}`);
      }
    }
  }
  return found;
}

describe("domain boundaries", () => {
  it("no domain imports another's internals, only its index", () => {
    expect(crossings()).toEqual([]);
  });
});
