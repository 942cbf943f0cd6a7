#!/usr/bin/env node
// `tsc` of TypeScript 7 (the native compiler), under a name of its own: the workspace's
// `typescript` stays 5.9, whose JS API editors, tsdown and our compiler-API test load, and two
// packages both named typescript in one folder would fight over the `tsc` bin.
// docs/decisions/014-typecheck.md says why.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const typescript = dirname(fileURLToPath(import.meta.resolve("typescript/package.json")));
await import(pathToFileURL(join(typescript, "lib", "tsc.js")).href);
