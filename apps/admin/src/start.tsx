/** Renders the app; main.tsx loads it only after zod is configured. */
import { createApi } from "@petshop/client/react";
import { mountApp } from "@petshop/ui/app";
import { createAdminRouter } from "./router";
import "./styles.css";

const api = createApi();
const router = createAdminRouter(api);
// Match the URL now, so its loaders' requests leave with the page's code rather than after the
// first render. Two hops, as in the storefront: the loaders run in this task's microtasks, and
// tRPC's batching sends their requests on a timer queued then, after a first hop's.
router.load().catch(console.error);
setTimeout(() => setTimeout(() => mountApp(router, api)));
