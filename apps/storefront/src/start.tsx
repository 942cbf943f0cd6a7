/** Renders the app; main.tsx loads it only after zod is configured. */
import { createApi } from "@petshop/client/react";
import { mountApp } from "@petshop/ui/app";
import { createAppRouter } from "./router";
import "./styles.css";

const api = createApi();
const router = createAppRouter(api);
// Match the URL now, so its loaders' requests leave before the first render, which then runs in a
// task of its own rather than in the one that evaluated the app's modules.
router.load().catch(console.error);
setTimeout(() => mountApp(router, api));
