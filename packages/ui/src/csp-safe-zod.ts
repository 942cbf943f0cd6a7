import { z } from "zod";

// The server's Content-Security-Policy forbids eval. Left alone, zod probes `Function("")` when it
// builds object schemas, to decide whether to compile parsers, and the browser reports a CSP
// violation. Each SPA's main.tsx imports this and only then, dynamically, the rest of the app.
z.config({ jitless: true });
