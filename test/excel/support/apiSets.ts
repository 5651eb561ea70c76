/**
 * Which ExcelApi requirement set each Office.js member src/excel uses belongs to.
 *
 * The map comes from @types/office-js: every member of a class or interface in `namespace Excel`
 * with an "[Api set: ExcelApi 1.x]" tag. Uses come from the TypeScript checker, which resolves each
 * `a.b` (and each property of an object literal typed as an Excel interface, such as a validation
 * rule) to the declaration it means.
 *
 * Limits: members without a tag (load, items, isNullObject, …) count as the base set; anything typed
 * `any` or reached through a computed name escapes the scan; enum values passed as strings
 * ("Custom") are not checked; overloads take the newest set any of them names. The fake host's
 * ApiNotFound check on a 1.7 host covers part of what the scan cannot see.
 */
import path from "node:path";
import ts from "typescript";

export const OFFICE_DTS = path.join(__dirname, "../../../node_modules/@types/office-js/index.d.ts");
const TAG = /\[\s*Api set:\s*ExcelApi\s+(\d+)\.(\d+)\s*\]/;

export const minor = (version: string) => Number(version.split(".")[1]);

function tagOf(node: ts.Node, text: string): string | undefined {
  const comments = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  for (const c of comments) {
    const m = TAG.exec(text.slice(c.pos, c.end));
    if (m) return `${m[1]}.${m[2]}`;
  }
  return undefined;
}

/** "Range.dataValidation" → "1.8", for every tagged member of `namespace Excel`. */
export function apiSetMap(file = OFFICE_DTS): Map<string, string> {
  const text = ts.sys.readFile(file) ?? "";
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const map = new Map<string, string>();
  const visit = (node: ts.Node, namespace: string) => {
    if (ts.isModuleDeclaration(node)) {
      const name = namespace ? `${namespace}.${node.name.getText(source)}` : node.name.getText(source);
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, name));
      return;
    }
    if (namespace === "Excel" && (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      for (const member of node.members) {
        const version = tagOf(member, text);
        if (!member.name || !version) continue;
        const key = `${node.name.text}.${member.name.getText(source)}`;
        const known = map.get(key);
        if (!known || minor(version) > minor(known)) map.set(key, version);
      }
    }
    ts.forEachChild(node, (child) => visit(child, namespace));
  };
  visit(source, "");
  return map;
}

export interface Usage {
  file: string;
  line: number;
  member: string;
  version: string;
}

/** A program over the given files, typed as the project is (office-js, DOM, ES2022). */
export function program(files: string[]): ts.Program {
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["office-js"],
    strict: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
}

/** The "Class.member" an Office.js declaration is, or undefined for anything else. */
function excelMember(symbol: ts.Symbol | undefined): string | undefined {
  const decl = symbol?.declarations?.[0];
  if (!decl || !decl.getSourceFile().fileName.includes("@types/office-js")) return undefined;
  const owner = decl.parent;
  if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) return undefined;
  let ns: ts.Node | undefined = owner.parent;
  while (ns && !ts.isModuleDeclaration(ns)) ns = ns.parent;
  if (!ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== "Excel") return undefined;
  return `${owner.name.text}.${symbol?.name}`;
}

/** Every Office.js member the files touch, with its requirement set ("1.1" when untagged). */
export function scanUsages(prog: ts.Program, files: string[], map = apiSetMap()): Usage[] {
  const checker = prog.getTypeChecker();
  const usages: Usage[] = [];
  for (const file of files) {
    const source = prog.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const record = (node: ts.Node, symbol: ts.Symbol | undefined) => {
      const member = excelMember(symbol);
      if (!member) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      usages.push({ file, line, member, version: map.get(member) ?? "1.1" });
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) record(node.name, checker.getSymbolAtLocation(node.name));
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const literal = node.parent;
        const type = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
        record(node.name, type?.getProperty(node.name.getText(source)));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return usages;
}

/** The `REQUIRES` a module exports ("1.8"), or undefined. */
export function declaredRequirement(source: ts.SourceFile): string | undefined {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const d of statement.declarationList.declarations) {
      if (d.name.getText(source) === "REQUIRES" && d.initializer && ts.isStringLiteral(d.initializer)) return d.initializer.text;
    }
  }
  return undefined;
}

/** Uses newer than `minimum` in files that do not declare (at least) that set as `REQUIRES`. */
export function undeclaredNewerUses(prog: ts.Program, usages: Usage[], minimum: string): Usage[] {
  return usages.filter((u) => {
    if (minor(u.version) <= minor(minimum)) return false;
    const source = prog.getSourceFile(u.file);
    const declared = source && declaredRequirement(source);
    return !declared || minor(declared) < minor(u.version);
  });
}
