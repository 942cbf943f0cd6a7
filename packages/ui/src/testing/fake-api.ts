import { FakeApiError, FakeNetworkFailure } from "./fake-api-error";
import type { Handlers, ProcedureInput, ProcedurePath } from "./procedures";
import { readCalls, respond, type WireAnswer, type WireCall } from "./wire";

// A stand-in for the server at the HTTP boundary, for component tests in both SPAs: it answers the
// shared client's requests as the real tRPC handler does, from handlers keyed by procedure path and
// typed by the router (procedures.ts). The real server is exercised by its own tests.

export interface FakeApi {
  /** Hand it to ApiProvider: every call of the page goes through it. */
  fetch: typeof fetch;
  /** Every call in order, with its input as it arrived. */
  calls: WireCall[];
  /** The inputs of every call to `path`, in order. */
  inputsOf<P extends ProcedurePath>(path: P): ProcedureInput<P>[];
}

export interface FakeApiOptions {
  /** Hold every answer until this settles, to see loading states. */
  answerAfter?: PromiseLike<unknown>;
}

/**
 * Errors thrown by handlers that were not deliberate FakeApiErrors: a failed expectation, a bug.
 * A test set-up empties it after each test and fails the test if it was not empty, since on screen
 * such an error only shows as the page's error state.
 */
export const unexpectedHandlerErrors: unknown[] = [];

const OFFLINE = Symbol("offline");

export function fakeApi(handlers: Handlers, { answerAfter }: FakeApiOptions = {}): FakeApi {
  const calls: WireCall[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    await answerAfter;
    const { batch, calls: received } = await readCalls(new Request(input, init));
    calls.push(...received);
    const answers = await Promise.all(received.map((call) => answer(handlers, call)));
    if (answers.includes(OFFLINE)) throw new TypeError("Failed to fetch");
    return respond(
      batch,
      answers.filter((result) => result !== OFFLINE),
    );
  };
  const inputsOf = <P extends ProcedurePath>(path: P) =>
    calls
      .filter((call) => call.path === path)
      // Sent by a client typed by the same router, so it is that procedure's input, as JSON.
      .map((call) => call.input as ProcedureInput<P>);
  return { fetch, calls, inputsOf };
}

async function answer(handlers: Handlers, { path, input }: WireCall): Promise<WireAnswer | typeof OFFLINE> {
  try {
    const handler = handlerAt(handlers, path);
    if (!handler) throw new FakeApiError("NOT_FOUND", `No handler for ${path}`);
    return { status: 200, body: { result: { data: await handler(input) } } };
  } catch (error) {
    if (error instanceof FakeNetworkFailure) return OFFLINE;
    if (!(error instanceof FakeApiError)) unexpectedHandlerErrors.push(error);
    const failure = error instanceof FakeApiError ? error : new FakeApiError("INTERNAL_SERVER_ERROR");
    return { status: failure.httpStatus, body: { error: failure.shape(path) } };
  }
}

function isHandledPath(handlers: Handlers, path: string): path is keyof Handlers {
  return Object.hasOwn(handlers, path);
}

function handlerAt(handlers: Handlers, path: string): ((input: unknown) => unknown) | undefined {
  if (!isHandledPath(handlers, path)) return undefined;
  // The input comes off the wire from a client typed by the same router, so it is this handler's
  // input; TypeScript cannot follow a path read at run time to its procedure's types.
  return handlers[path] as ((input: unknown) => unknown) | undefined;
}
