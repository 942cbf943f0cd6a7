import type { IncomingMessage, Server, ServerResponse } from "node:http";

// Draining a listening server at shutdown. Node's `server.close()` stops accepting and closes idle
// connections, but a keep-alive connection busy at that moment stays open after its answer and
// carries the client's next requests until its keep-alive timeout. So once draining begins, every
// answer not yet sent says `Connection: close`: each connection ends with the request it is
// serving, and close() resolves as soon as the requests in flight are answered.

export interface Drain {
  /** True once `begin()` ran. */
  readonly draining: boolean;
  /** From now on each connection closes after the answer it is giving (or the next one). */
  begin(): void;
  /**
   * Stops accepting connections and resolves once every request in flight has been answered, or
   * after `graceMs` by cutting the connections still open; resolves with whether it had to cut.
   */
  close(graceMs: number): Promise<boolean>;
}

export function drainable(server: Server): Drain {
  const unanswered = new Set<ServerResponse>();
  let draining = false;

  const closeAfterAnswer = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("connection", "close");
    // Its headers already went out as keep-alive: close the connection once it falls idle.
    else res.once("finish", () => setImmediate(() => server.closeIdleConnections()));
  };

  // Prepended, so it runs before the app's listener can start answering.
  server.prependListener("request", (_request: IncomingMessage, res: ServerResponse) => {
    if (draining) return closeAfterAnswer(res);
    unanswered.add(res);
    res.once("close", () => unanswered.delete(res));
  });

  return {
    get draining() {
      return draining;
    },
    begin() {
      if (draining) return;
      draining = true;
      for (const res of unanswered) closeAfterAnswer(res);
      unanswered.clear();
    },
    close(graceMs) {
      return new Promise((resolve) => {
        let cut = false;
        const force = setTimeout(() => {
          cut = true;
          server.closeAllConnections();
        }, graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve(cut);
        });
      });
    },
  };
}
