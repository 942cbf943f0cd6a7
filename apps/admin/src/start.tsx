/** Renders the app; main.tsx loads it only after zod is configured. */
import { mountApp } from "@petshop/ui/app";
import { createAdminRouter } from "./router";
import "./styles.css";

mountApp(createAdminRouter());
