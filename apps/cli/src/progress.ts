import { SingleBar } from "cli-progress";
import type { Io } from "./io";

// Progress through a known number of items: a bar on a terminal, plain lines (at most one per
// tenth) when stderr is a file or a pipe, so logs stay readable.

export interface Progress {
  advance(by: number): void;
  stop(): void;
}

/** A progress report for `total` items of `what` (e.g. "rows"). */
export function startProgress(io: Io, total: number, what: string): Progress {
  if (io.stderr.isTTY) {
    const bar = new SingleBar({
      stream: io.stderr,
      format: ` {bar} {percentage}% | {value}/{total} ${what} | {eta_formatted} left`,
      hideCursor: true,
    });
    bar.start(total, 0);
    return { advance: (by) => bar.increment(by), stop: () => bar.stop() };
  }
  let done = 0;
  let reported = 0;
  return {
    advance(by) {
      done += by;
      if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
        reported = done;
        io.say(`${done} of ${total} ${what} sent`);
      }
    },
    stop() {},
  };
}
