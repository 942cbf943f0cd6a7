import { defineConfig } from "tsdown";
import { eraseRouterContext } from "./scripts/erase-context";

/**
 * The packed client (`pnpm --filter @petshop/client pack`): the Node entry and the schemas as ESM
 * with bundled declarations, for scripts outside this repository (docs/decisions/012-packing-the-client.md).
 * Inside the workspace nothing reads dist/: package.json's `exports` point at the sources.
 */
export default defineConfig({
  entry: ["src/node.ts", "src/schemas.ts"],
  format: "esm",
  platform: "node",
  target: "node20",
  // Maps @petshop/* to their sources (mirroring their `exports`), so TypeScript emits declarations
  // for them; through node_modules it would treat them as libraries and emit nothing.
  tsconfig: "tsconfig.build.json",
  dts: true,
  deps: {
    // The workspace packages do not exist outside: their code and types go into dist.
    alwaysBundle: [/^@petshop\//],
    // Every other package stays an import; scripts/pack-manifest.ts refuses any that is not a
    // dependency (an output typed through a Kysely query would pull in kysely: spell it out instead).
    neverBundle: [/^(?!@petshop\/)[^./]/],
  },
  plugins: [
    {
      name: "petshop:erase-router-context",
      transform: {
        order: "pre",
        filter: { id: /\.d\.ts$/ },
        handler: (code, id) => (code.includes("TRPCBuiltRouter") ? eraseRouterContext(code, id) : null),
      },
    },
  ],
});
