import type { Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { firstRenderFiles } from "./first-render-files";

// A bundle as rolldown hands it to plugins, cut down to the fields the plugin reads.
function chunk(
  fileName: string,
  options: { imports?: string[]; css?: string[]; facade?: string; entry?: boolean },
) {
  return {
    type: "chunk",
    fileName,
    isEntry: options.entry ?? false,
    facadeModuleId: options.facade ?? null,
    imports: options.imports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set<string>() },
  };
}
const asset = (fileName: string, source: string) => ({ type: "asset", fileName, source });

function bundleOf(...files: { fileName: string }[]): Rolldown.OutputBundle {
  // The test bundle has only what the plugin reads; rolldown's own has many more fields.
  return Object.fromEntries(files.map((file) => [file.fileName, file])) as unknown as Rolldown.OutputBundle;
}

const bundle = bundleOf(
  chunk("assets/index.js", { entry: true, facade: "/app/src/main.tsx" }),
  chunk("assets/start.js", {
    facade: "/app/src/start.tsx",
    imports: ["assets/shared.js", "assets/index.js"],
    css: ["assets/start.css"],
  }),
  chunk("assets/shared.js", { imports: ["assets/runtime.js"] }),
  chunk("assets/runtime.js", {}),
  chunk("assets/LazyPage.js", { facade: "/app/src/LazyPage.tsx", imports: ["assets/shared.js"] }),
  asset("assets/start.css", "main{display:block}"),
);

describe("what a first render needs", () => {
  it("is the start chunk and all it imports statically, not lazy pages nor the entry itself", () => {
    expect(firstRenderFiles(bundle, "src/start.tsx").scripts).toEqual([
      "assets/start.js",
      "assets/shared.js",
      "assets/runtime.js",
    ]);
  });

  it("with their stylesheets", () => {
    expect(firstRenderFiles(bundle, "src/start.tsx").stylesheets).toEqual(["assets/start.css"]);
  });

  it("refuses an entry that is not in the bundle, rather than preloading nothing", () => {
    expect(() => firstRenderFiles(bundle, "src/elsewhere.tsx")).toThrow(/src\/elsewhere.tsx/);
  });
});
