/**
 * Checks that every call into a module that needs a newer requirement set (one that exports
 * `REQUIRES`) sits under `supports(<that module's REQUIRES>)`: in an `if`'s then-branch, a `?:`'s
 * true branch or the right of an `&&`, within the same function.
 */
import path from "node:path";
import ts from "typescript";
import { declaredRequirement } from "./apiSets";

interface Guarded {
  alias: string;
  functions: Set<string>;
}

function guardedImports(prog: ts.Program, source: ts.SourceFile): Guarded[] {
  const out: Guarded[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = prog.getSourceFile(path.resolve(path.dirname(source.fileName), `${statement.moduleSpecifier.text}.ts`));
    if (!target || !declaredRequirement(target)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    let alias = "";
    const functions = new Set<string>();
    for (const el of bindings.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (imported === "REQUIRES") alias = el.name.text;
      else functions.add(el.name.text);
    }
    out.push({ alias, functions });
  }
  return out;
}

function isGuard(condition: ts.Node, alias: string): boolean {
  return alias !== "" && new RegExp(`\\bsupports\\(\\s*${alias}\\s*\\)`).test(condition.getText());
}

function guarded(call: ts.Node, alias: string): boolean {
  let child: ts.Node = call;
  for (let node = call.parent; node && !ts.isFunctionLike(node); child = node, node = node.parent) {
    if (ts.isIfStatement(node) && node.thenStatement === child && isGuard(node.expression, alias)) return true;
    if (ts.isConditionalExpression(node) && node.whenTrue === child && isGuard(node.condition, alias)) return true;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && node.right === child && isGuard(node.left, alias)) return true;
  }
  return false;
}

/** "file:line name()" for each unguarded call into a newer-requirement module. */
export function unguardedCalls(prog: ts.Program, files: string[]): string[] {
  prog.getTypeChecker(); // binds the files, which sets the parent links the walk up needs
  const problems: string[] = [];
  for (const file of files) {
    const source = prog.getSourceFile(file);
    if (!source) continue;
    const imports = guardedImports(prog, source);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const from = imports.find((g) => g.functions.has(name));
        if (from && !guarded(node, from.alias)) {
          problems.push(`${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${name}()`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}
