import type { AppRouter, RouterInputs, RouterOutputs } from "@petshop/client/react";

// Every procedure of the router by the path the wire names it with ("users.me", "animals.list"),
// read from AppRouter's own record, so a renamed, moved or removed procedure changes these types
// and every fake handler written against the old ones stops compiling.

/** What tells a procedure from a nested router in the router's record. */
interface ProcedureLike {
  _def: { procedure: true; type: "query" | "mutation" | "subscription" };
}

type At<T, K> = K extends keyof T ? T[K] : never;

/** One entry per procedure below `Rec`, its input and output looked up along the same keys. */
type Entries<Rec, In, Out, Prefix extends string> = {
  [K in keyof Rec & string]: Rec[K] extends ProcedureLike
    ? { path: `${Prefix}${K}`; input: At<In, K>; output: At<Out, K> }
    : Entries<Rec[K], At<In, K>, At<Out, K>, `${Prefix}${K}.`>;
}[keyof Rec & string];

type Procedure = Entries<AppRouter["_def"]["record"], RouterInputs, RouterOutputs, "">;

/** Every procedure's path, e.g. "orders.adminList". */
export type ProcedurePath = Procedure["path"];
/** What the client sends to `P` (the schema's input, before defaults). */
export type ProcedureInput<P extends ProcedurePath> = Extract<Procedure, { path: P }>["input"];
/** What `P` answers, as it arrives over the wire (plain JSON: timestamps are strings). */
export type ProcedureOutput<P extends ProcedurePath> = Extract<Procedure, { path: P }>["output"];

/** A handler answers at once, or later (a promise), e.g. to hold one call while the page waits. */
export type Handlers = {
  [P in ProcedurePath]?: (input: ProcedureInput<P>) => ProcedureOutput<P> | Promise<ProcedureOutput<P>>;
};

/** The error every procedure answers with, as the server's formatError shapes it. */
export type ApiErrorShape = AppRouter["_def"]["_config"]["$types"]["errorShape"];
