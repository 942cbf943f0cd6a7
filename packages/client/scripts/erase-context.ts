import ts from "typescript";

/**
 * Replaces the server's context type in a router's declaration with `object`.
 *
 * `typeof appRouter` spells out the tRPC context every procedure receives (the Kysely database, the
 * logger, the mailer, the payment provider…). A client never sees it: tRPC's client types read
 * only the procedures, the error shape and the transformer. Erasing it keeps server-only libraries
 * (kysely, pino, stripe…) out of the packed declarations.
 */
export function eraseRouterContext(code: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const ranges: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    const root = routerRootTypes(node);
    const ctx = root?.members.find(
      (member): member is ts.PropertySignature =>
        ts.isPropertySignature(member) && member.name.getText(file) === "ctx" && member.type !== undefined,
    );
    if (ctx?.type) ranges.push([ctx.type.getStart(file), ctx.type.getEnd()]);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}object${out.slice(end)}`;
  }
  return out;
}

/** `{ ctx; meta; errorShape; transformer }` of a `TRPCBuiltRouter<…>` type, if `node` is one. */
function routerRootTypes(node: ts.Node): ts.TypeLiteralNode | undefined {
  let name: string | undefined;
  let args: ts.NodeArray<ts.TypeNode> | undefined;
  if (ts.isImportTypeNode(node) && node.qualifier) {
    name = ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.right.text;
    args = node.typeArguments;
  } else if (ts.isTypeReferenceNode(node)) {
    name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    args = node.typeArguments;
  }
  const first = args?.[0];
  return name === "TRPCBuiltRouter" && first && ts.isTypeLiteralNode(first) ? first : undefined;
}
