import type { Rolldown } from "vite";

// Which built files a first render needs, read from the bundle: the app's start chunk with every
// chunk it imports statically, and their stylesheets. Fonts are left to load late on purpose
// (font-display: optional, packages/ui/src/theme.css): they would take bandwidth from the scripts.

type Bundle = Rolldown.OutputBundle;
type Chunk = Rolldown.OutputChunk;

export interface FirstRenderFiles {
  scripts: string[];
  stylesheets: string[];
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

/**
 * What the chunk of `entry` (a source path's ending, e.g. `src/start.tsx`) needs before it can
 * render: file names relative to the output folder.
 */
export function firstRenderFiles(bundle: Bundle, entry: string): FirstRenderFiles {
  const chunks = staticClosure(bundle, findChunk(bundle, entry));
  const stylesheets = [...new Set(chunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))];
  // The entry chunk is on its way already (index.html's own script), even when the app imports from it.
  const scripts = chunks.filter((chunk) => !chunk.isEntry).map((chunk) => chunk.fileName);
  return { scripts, stylesheets };
}
