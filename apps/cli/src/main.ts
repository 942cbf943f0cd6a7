#!/usr/bin/env node
import { processIo } from "./io";
import { run } from "./program";

// The `shop` command's entry: `pnpm shop …` in the repository, `node dist/shop.js …` once built.

const argv = process.argv.slice(2);
const code = await run(argv, processIo(argv.includes("--verbose")));
// Let stdout drain (a large export into a pipe) before the process ends with the code.
process.exitCode = code;
