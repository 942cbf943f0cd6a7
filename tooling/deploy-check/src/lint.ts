import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { validate } from "dockerfile-utils";

// The Dockerfile through dockerfile-utils' linter (the rules of VS Code's Docker support), and
// compose.yaml through Docker Compose's own validation (`docker-compose config`, Debian's package),
// which needs no container engine.

/** LSP's severities: 1 is an error, 2 a warning, 3 and 4 information and hints. */
const WARNING = 2;

/** The linter's errors and warnings, one line each, with their line numbers. */
export function dockerfileProblems(dockerfilePath: string): string[] {
  return validate(readFileSync(dockerfilePath, "utf8"), {}).flatMap((diagnostic) =>
    (diagnostic.severity ?? WARNING) <= WARNING
      ? [`Dockerfile:${diagnostic.range.start.line + 1}: ${diagnostic.message}`]
      : [],
  );
}

/** Validates the compose file as Docker Compose reads it, with `variables` set; throws what it says. */
export function validateCompose(composePath: string, variables: Record<string, string>): void {
  execFileSync("docker-compose", ["--file", composePath, "config", "--quiet"], {
    env: { PATH: "/usr/bin:/bin", ...variables },
    stdio: ["ignore", "inherit", "pipe"],
  });
}
