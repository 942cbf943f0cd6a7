import { readFileSync } from "node:fs";
import { DockerfileParser, Env } from "dockerfile-ast";

// What the Dockerfile's last stage runs and with which environment, read from the Dockerfile itself,
// so the check runs the server exactly as the image would and cannot drift from it.

export interface ImageRecipe {
  /** The final stage's ENV settings, in order. */
  environment: Record<string, string>;
  /** Its CMD, exec form. */
  command: string[];
}

export function readImageRecipe(dockerfilePath: string): ImageRecipe {
  const instructions = DockerfileParser.parse(readFileSync(dockerfilePath, "utf8")).getInstructions();
  const lastFrom = instructions.findLastIndex((instruction) => instruction.getKeyword() === "FROM");
  const finalStage = instructions.slice(lastFrom + 1);
  const environment: Record<string, string> = {};
  for (const instruction of finalStage) {
    if (!(instruction instanceof Env)) continue;
    for (const property of instruction.getProperties())
      environment[property.getName()] = property.getValue() ?? "";
  }
  const cmd = finalStage.findLast((instruction) => instruction.getKeyword() === "CMD");
  const command: unknown = JSON.parse(cmd?.getArgumentsContent() ?? "null");
  if (!Array.isArray(command) || !command.every((part) => typeof part === "string")) {
    throw new Error('the Dockerfile\'s last stage needs a CMD in exec form, like ["node", "dist/main.js"]');
  }
  return { environment, command };
}
