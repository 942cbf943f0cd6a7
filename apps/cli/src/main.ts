#!/usr/bin/env node
import { EXIT } from "./exit";
import { processIo } from "./io";
import { run } from "./program";

// The `shop` command's entry: `pnpm shop …` in the repository, `node dist/shop.js …` once built.

// A reader that stops early (`shop animals export | head`) closes the pipe: that ends the command
// quietly, as it does for any Unix tool, rather than with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.done);
});

const argv = process.argv.slice(2);
// The exit code is set, not forced, so a large export into a pipe drains before the process ends.
process.exitCode = await run(argv, processIo(argv.includes("--verbose")));
