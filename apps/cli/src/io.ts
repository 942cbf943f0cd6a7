import type { Writable } from "node:stream";

// Where the command writes: data (CSV, JSON, tables) to stdout, everything for people to stderr,
// so `shop animals export > animals.csv` holds only the data.

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** One line for people, on stderr. */
  say(line: string): void;
  /** Only with --verbose. */
  debug?: ((line: string) => void) | undefined;
}

/** The process's own streams. */
export function processIo(verbose: boolean): Io {
  const say = (line: string) => void process.stderr.write(`${line}\n`);
  return { stdout: process.stdout, stderr: process.stderr, say, debug: verbose ? say : undefined };
}

/** Writes `text` to `stream`, waiting when its buffer is full so memory stays flat. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}
