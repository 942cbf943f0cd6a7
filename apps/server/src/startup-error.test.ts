import { describe, expect, it } from "vitest";
import { describeStartupError } from "./startup-error";

const listenError = (code: string) =>
  Object.assign(new Error(`listen ${code}: address already in use`), { code });

describe("describeStartupError", () => {
  it("names a busy or forbidden port", () => {
    expect(describeStartupError(listenError("EADDRINUSE"))).toBe(
      "Cannot listen: the port is already in use (set PORT to another one).",
    );
    expect(describeStartupError(listenError("EACCES"))).toMatch(/^Cannot listen: not allowed/);
  });

  it("leaves database problems to the shared description", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(describeStartupError(refused, "postgres://u:secret@db:5432/shop")).toBe(
      "Cannot reach PostgreSQL at db:5432/shop: connection refused.",
    );
  });
});
