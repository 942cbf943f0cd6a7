import { describe, expect, it } from "vitest";
import { acceptsEncoding, isCompressibleType, varyOnAcceptEncoding } from "./content-coding";

describe("acceptsEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br", true],
    ["gzip, deflate, br, zstd", "gzip", true],
    ["gzip, deflate", "br", false],
    ["GZIP", "gzip", true],
    ["gzip;q=0.5, br;q=0", "gzip", true],
    ["gzip;q=0.5, br;q=0", "br", false],
    ["br;q=0.0", "br", false],
    ["*", "gzip", true],
    ["*;q=0", "gzip", false],
    ["gzip;q=0, *", "gzip", false],
    ["identity", "gzip", false],
    ["gzip;q=nonsense", "gzip", false],
    ["", "gzip", false],
    [undefined, "gzip", false],
  ])("%j allows %s: %s", (header, coding, allowed) => {
    expect(acceptsEncoding(header, coding)).toBe(allowed);
  });
});

describe("isCompressibleType", () => {
  it.each([
    ["text/javascript; charset=utf-8", true],
    ["text/html; charset=utf-8", true],
    ["application/json", true],
    ["image/svg+xml", true],
    ["application/manifest+json", true],
    ["image/png", false],
    ["font/woff2", false],
    ["application/octet-stream", false],
    [null, false],
  ])("%s: %s", (type, compressible) => {
    expect(isCompressibleType(type)).toBe(compressible);
  });
});

describe("varyOnAcceptEncoding", () => {
  it.each([
    [null, "Accept-Encoding"],
    ["trpc-accept, accept", "trpc-accept, accept, Accept-Encoding"],
    ["accept-encoding", "accept-encoding"],
    ["Origin, Accept-Encoding", "Origin, Accept-Encoding"],
    ["*", "*"],
  ])("Vary %s becomes %s", (before, after) => {
    const headers = new Headers(before === null ? {} : { Vary: before });
    varyOnAcceptEncoding(headers);
    expect(headers.get("vary")).toBe(after);
  });
});
