import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import ts from "typescript";

/** The packages that the built files in `dir` import (JavaScript and declarations), by name. */
export function importedPackages(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!/\.(mjs|js|d\.mts|d\.ts)$/.test(name)) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(join(dir, name), "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith(".") || specifier.startsWith("node:") || builtinModules.includes(specifier))
        continue;
      const parts = specifier.split("/");
      const pkg = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
      found.set(pkg, [...(found.get(pkg) ?? []), name]);
    }
  }
  return found;
}
