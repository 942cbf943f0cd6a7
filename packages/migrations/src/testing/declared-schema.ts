import { fileURLToPath } from "node:url";
import ts from "typescript";

// The tables and columns `packages/db/src/schema.ts` declares, read with the TypeScript compiler
// from the `Database` interface, so a test can hold them against what the migrations made.

/** What a column reads as, in the terms a database column can be compared by. */
export type DeclaredKind = "string" | "number" | "boolean" | "json";

export interface DeclaredColumn {
  kind: DeclaredKind;
  nullable: boolean;
}

/** Table name → column name → declaration, both in the code's camelCase. */
export type DeclaredSchema = Record<string, Record<string, DeclaredColumn>>;

/** schema.ts beside the db package's entry. */
const schemaFile = fileURLToPath(new URL("schema.ts", import.meta.resolve("@petshop/db")));

/** Kysely's `ColumnType<S, I, U>` (and `Generated<T>`) carry the select type in `__select__`. */
function selectType(checker: ts.TypeChecker, type: ts.Type, at: ts.Node): ts.Type {
  const select = type.getProperty("__select__");
  return select ? checker.getTypeOfSymbolAtLocation(select, at) : type;
}

function describeColumn(checker: ts.TypeChecker, type: ts.Type): DeclaredColumn {
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((t) => t.flags & ts.TypeFlags.Null);
  const kinds = new Set<DeclaredKind>();
  for (const part of parts) {
    if (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) continue;
    if (part.flags & ts.TypeFlags.StringLike) kinds.add("string");
    else if (part.flags & ts.TypeFlags.NumberLike) kinds.add("number");
    else if (part.flags & ts.TypeFlags.BooleanLike) kinds.add("boolean");
    else kinds.add("json");
  }
  if (kinds.size !== 1) throw new Error(`a column of mixed kinds: ${checker.typeToString(type)}`);
  const [kind] = [...kinds];
  return { kind: kind ?? "json", nullable };
}

/** Reads the `Database` interface of packages/db/src/schema.ts. */
export function declaredSchema(): DeclaredSchema {
  const program = ts.createProgram([schemaFile], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile);
  const database = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "Database",
  );
  if (!source || !database) throw new Error(`no Database interface in ${schemaFile}`);

  const schema: DeclaredSchema = {};
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    const columns: Record<string, DeclaredColumn> = {};
    for (const column of tableType.getProperties()) {
      const type = selectType(checker, checker.getTypeOfSymbolAtLocation(column, database), database);
      columns[column.name] = describeColumn(checker, type);
    }
    schema[table.name] = columns;
  }
  return schema;
}
