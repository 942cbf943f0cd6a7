import { tmpdir } from "node:os";
import {
  appRouter,
  createMailer,
  createTRPCContext,
  fileMediaStore,
  localPaymentProvider,
  logTransport,
  recordingJobQueue,
  systemClock,
} from "@petshop/api";
import { createDatabase } from "@petshop/db";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import pino from "pino";

// The peer: the same appRouter and context, served by tRPC's own standalone adapter instead of
// Hono, so the comparison isolates what our HTTP layer costs or saves.
// argv: <port> <databaseUrl>

const [port = "0", databaseUrl = ""] = process.argv.slice(2);
const logger = pino({ level: "warn" });
const db = createDatabase({ kind: "postgres", url: databaseUrl, poolMax: 10 });
const deps = {
  db,
  mailer: createMailer(db, logTransport(logger), logger),
  media: fileMediaStore(tmpdir()),
  clock: systemClock,
  publicUrl: "http://127.0.0.1",
  cookies: { secure: false },
  orderHoldMinutes: 30,
  timeZone: "Europe/Dublin",
  deliveryCountries: ["IE"],
  pickup: { address: "The bench", hours: "Always" },
  jobs: recordingJobQueue(),
  payments: localPaymentProvider("http://127.0.0.1"),
  // Every simulated visitor comes from this one address.
  rateLimits: { registrations: 1_000_000, passwordResets: 1_000_000, anonymousCarts: 1_000_000 },
};

const server = createHTTPServer({
  router: appRouter,
  createContext: ({ req }) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const resHeaders = new Headers();
    return createTRPCContext(deps, { headers, resHeaders, requestId: "peer", logger, clientIp: null });
  },
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
