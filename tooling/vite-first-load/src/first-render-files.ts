import type { Rolldown } from "vite";

// Which built files a first render needs, read from the bundle: the app's start chunk with every
// chunk it imports statically, their stylesheets, and the fonts those stylesheets name.

type Bundle = Rolldown.OutputBundle;
type Chunk = Rolldown.OutputChunk;

export interface FirstRenderFiles {
  scripts: string[];
  stylesheets: string[];
  fonts: string[];
}

function findChunk(bundle: Bundle, entry: string): Chunk {
  const chunk = Object.values(bundle).find(
    (file): file is Chunk => file.type === "chunk" && (file.facadeModuleId?.endsWith(entry) ?? false),
  );
  if (!chunk) throw new Error(`no chunk in the bundle starts at ${entry}`);
  return chunk;
}

/** The chunk and everything it imports statically, directly or not, each once. */
function staticClosure(bundle: Bundle, start: Chunk): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === "chunk") visit(imported);
    }
  };
  visit(start);
  return [...seen.values()];
}

/** Font files a stylesheet names in `url(…)`, relative to the output folder. */
function fontsIn(css: string, fontFile: RegExp, base: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)]
    .map((match) => match[1] ?? "")
    .filter((url) => fontFile.test(url))
    .map((url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, "")));
}

/**
 * What the chunk of `entry` (a source path's ending, e.g. `src/start.tsx`) needs before it can
 * render: file names relative to the output folder. Only fonts whose file matches `fontFile` are
 * named, since a font family ships one file per alphabet and a page needs one of them.
 */
export function firstRenderFiles(
  bundle: Bundle,
  entry: string,
  base: string,
  fontFile?: RegExp,
): FirstRenderFiles {
  const chunks = staticClosure(bundle, findChunk(bundle, entry));
  const stylesheets = [...new Set(chunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))];
  const fonts = fontFile
    ? stylesheets.flatMap((name) => {
        const asset = bundle[name];
        return asset?.type === "asset" ? fontsIn(String(asset.source), fontFile, base) : [];
      })
    : [];
  // The entry chunk is on its way already (index.html's own script), even when the app imports from it.
  const scripts = chunks.filter((chunk) => !chunk.isEntry).map((chunk) => chunk.fileName);
  return { scripts, stylesheets, fonts: [...new Set(fonts)] };
}
