import { Transform, type TransformCallback } from "node:stream";
import { CliError, EXIT } from "../exit";

// A file's bytes as text, checked line by line before the CSV parser sees them: bytes that are not
// UTF-8 and over-long lines are named by their line number, instead of garbling a field or
// holding a 50 MB line in memory.

/** The longest physical line accepted, in bytes. */
export const MAX_LINE_BYTES = 1024 * 1024;

const NEWLINE = 0x0a;

/** A Transform from bytes to UTF-8 text that refuses invalid bytes and lines over `maxLineBytes`. */
export function utf8Lines(maxLineBytes = MAX_LINE_BYTES): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;

  const decodeLine = (bytes: Buffer): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new CliError(
        `Line ${line}: the file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and try again.`,
        EXIT.refused,
      );
    }
  };
  const tooLong = () =>
    new CliError(
      `Line ${line} is longer than ${Math.round(maxLineBytes / 1024)} KiB; no listing is that long. Check the file.`,
      EXIT.refused,
    );

  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        let start = 0;
        let output = "";
        for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
          const piece = chunk.subarray(start, at + 1);
          if (pendingBytes + piece.length > maxLineBytes) throw tooLong();
          output += decodeLine(pendingBytes ? Buffer.concat([...pending, piece]) : piece);
          pending = [];
          pendingBytes = 0;
          start = at + 1;
          line += 1;
        }
        const rest = chunk.subarray(start);
        if (rest.length) {
          if (pendingBytes + rest.length > maxLineBytes) throw tooLong();
          pending.push(Buffer.from(rest));
          pendingBytes += rest.length;
        }
        done(null, output);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    },
    flush(done: TransformCallback) {
      try {
        done(null, pendingBytes ? decodeLine(Buffer.concat(pending)) : "");
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
}
