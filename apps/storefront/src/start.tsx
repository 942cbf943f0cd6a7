/** Renders the app; main.tsx loads it only after zod is configured. */
import { createApi } from "@petshop/client/react";
import { prepareNumberFormats } from "@petshop/ui";
import { mountApp } from "@petshop/ui/app";
import { hydrateFirstScreen } from "./first-screen/hydrate";
import { createAppRouter } from "./router";
import "./styles.css";

const api = createApi();
hydrateFirstScreen(api.queryClient);
const router = createAppRouter(api);
// Match the URL now, so its loaders' requests leave before the first render, which then runs in a
// task of its own rather than in the one that evaluated the app's modules. Two hops: the loaders
// run in this task's microtasks, and tRPC's batching sends their requests on a timer queued then,
// after a first hop's, which makes the number formats (a task of their own, not the render's).
router.load().catch(console.error);
setTimeout(() => {
  prepareNumberFormats();
  setTimeout(() => mountApp(router, api));
});
