import { fileURLToPath } from "node:url";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { preactInTheBuild } from "./index";

const fixture = (name: string) => fileURLToPath(new URL(`./fixture/${name}`, import.meta.url));

/** Builds one fixture entry with the plugin and returns its bundled code. */
async function bundle(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: fileURLToPath(new URL("./fixture", import.meta.url)),
    plugins: [preactInTheBuild()],
    build: { write: false, minify: false, rolldownOptions: { input: fixture(entry) } },
  });
  const results = Array.isArray(output) ? output : [output];
  return results
    .flatMap((result) => ("output" in result ? result.output : []))
    .map((file) => (file.type === "chunk" ? file.code : ""))
    .join("\n");
}

describe("preactInTheBuild", () => {
  it("bundles a React component with Preact and none of React", async () => {
    const code = await bundle("app.jsx");
    expect(code).toContain("preact");
    expect(code).not.toMatch(/react\.transitional\.element|react-dom\.production|ReactCurrentDispatcher/);
  }, 30_000);

  it("refuses a React entry point Preact does not stand in for, rather than ship React beside it", async () => {
    await expect(bundle("server.jsx")).rejects.toThrow(/react-dom\/server .*has no Preact counterpart/);
  }, 30_000);

  it("leaves the dev server and Vitest on React", () => {
    expect(preactInTheBuild().apply).toBe("build");
  });
});
