// The server's Content-Security-Policy forbids eval. Left alone, zod probes `Function("")` when it
// builds object schemas, to decide whether to compile parsers, and the browser reports a CSP
// violation. Each SPA's main.tsx imports this and only then, dynamically, the rest of the app.
//
// zod keeps its settings in this global, and reads it when it first loads (zod/v4/core/core.js:
// `globalThis.__zod_globalConfig`), so the setting needs no zod in the entry chunk: 5 KiB less on
// every first load. csp-safe-zod.test.ts checks that zod still reads it.

declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig ??= {};
globalThis.__zod_globalConfig.jitless = true;
