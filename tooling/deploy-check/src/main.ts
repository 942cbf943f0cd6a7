import { join } from "node:path";
import { findWorkspaceRoot, loadTestConfig } from "@petshop/config";
import { createDatabase } from "@petshop/db";
import { sql } from "kysely";
import { readImageRecipe } from "./image-recipe";
import { dockerfileProblems, validateCompose } from "./lint";
import { runAsImage } from "./run-as-image";

// `pnpm deploy:check`: what can be checked of the deployment here, with no container engine. The
// Dockerfile is linted, compose.yaml validated by Docker Compose, and the image's recipe run as the
// image would run it, on a PostgreSQL database of its own on the server of TEST_DATABASE_URL.

const workspace = findWorkspaceRoot(process.cwd());
const started = performance.now();
const step = (what: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${what}`);

step("lint the Dockerfile (dockerfile-utils)");
const problems = dockerfileProblems(join(workspace, "Dockerfile"));
if (problems.length > 0) throw new Error(`the Dockerfile has problems:\n${problems.join("\n")}`);

step("validate compose.yaml (docker-compose config)");
validateCompose(join(workspace, "compose.yaml"), {
  POSTGRES_PASSWORD: "checked-not-used",
  SHOP_HOST: "shop.example",
});

const { testDatabaseUrl } = loadTestConfig();
if (!testDatabaseUrl)
  throw new Error("set TEST_DATABASE_URL to a PostgreSQL server the check may make a database on");
const name = `petshop_image_check_${process.pid}`;
const databaseUrl = new URL(testDatabaseUrl);
databaseUrl.pathname = `/${name}`;
const admin = createDatabase({ kind: "postgres", url: testDatabaseUrl, poolMax: 1 });
await sql`create database ${sql.id(name)}`.execute(admin);
try {
  const figures = await runAsImage({
    workspace,
    recipe: readImageRecipe(join(workspace, "Dockerfile")),
    databaseUrl: databaseUrl.toString(),
    step,
  });
  step(
    `the image's /app: ${(figures.appBytes / 1024 / 1024).toFixed(1)} MiB, ${figures.packages} packages; served, migrated, stopped cleanly`,
  );
} finally {
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
  await admin.destroy();
}
