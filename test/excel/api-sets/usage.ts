// Which Excel JavaScript API members src/ uses, the requirement set each needs, and whether each use is guarded.
// The sets come from the `[Api set: ExcelApi x.y]` tags of @types/office-js, read through the TypeScript compiler:
// every property access, call and `.load("a,b/c")` path is resolved to its declaration and that declaration's JSDoc.
//
// "Guarded" (what the test accepts for a member above the manifest's minimum) means: the use sits, in the source
// text, where a check of at least its set has passed —
//   - in the true branch of `if (G)`, `G ? use : …` or `G && use`, or
//   - after `if (!G) return …;` / `if (!G) throw …;` earlier in an enclosing block,
// where G is a call `supports("x.y")` of src/excel/office-run.ts (Office.context.requirements.isSetSupported("ExcelApi",
// "x.y")), a const bound to such a call, or a `&&` of conditions one of which is such a call.
// Run `npx tsx test/excel/api-sets/usage.ts` to print the table of members above the minimum with their guards.
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const OFFICE_TYPES = path.join("node_modules", "@types", "office-js", "index.d.ts");
const GUARD_MODULE = path.join(ROOT, "src", "excel", "office-run.ts");
const GUARD_NAME = "supports";

export interface ApiUse {
  /** e.g. "Worksheet.getRanges" */
  readonly member: string;
  /** The ExcelApi set the use needs, e.g. "1.9". */
  readonly set: string;
  /** The set a surrounding guard checked, or undefined when none does. */
  readonly guard: string | undefined;
  readonly file: string;
  readonly line: number;
}

/** "1.10" > "1.9": compare requirement-set versions numerically. */
export function compareSets(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** The set a member needs, from its tag text ("1.9", "1.1 for get, 1.8 for set", …); a write uses the "for set" one. */
export function setFromTag(inside: string, write: boolean): string | undefined {
  const pieces = inside
    .split(/[,;]/)
    .map((p) => ({ version: /\d+\.\d+/.exec(p)?.[0], text: p }))
    .filter((p): p is { version: string; text: string } => p.version !== undefined);
  const forSet = pieces.find((p) => /\bfor set(ting)?\b/i.test(p.text));
  if (write && forSet) return forSet.version;
  return pieces[0]?.version;
}

function excelSet(symbol: ts.Symbol, checker: ts.TypeChecker, write: boolean): string | undefined {
  const fromOffice = symbol.declarations?.some((d) =>
    d.getSourceFile().fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/")),
  );
  if (!fromOffice) return undefined;
  for (const tag of symbol.getJsDocTags(checker)) {
    const text = ts.displayPartsToString(tag.text);
    const m = /\[Api set: ExcelApi ([^\]]*)\]/.exec(text);
    if (m?.[1]) return setFromTag(m[1], write);
  }
  return undefined;
}

function memberName(symbol: ts.Symbol): string {
  const parent = symbol.declarations?.[0]?.parent;
  const owner = parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) ? parent.name?.text : undefined;
  return `${owner ?? "?"}.${symbol.name}`;
}

/** The set checked by a guard expression (the highest when several are &&-ed), or undefined when it is none. */
function guardSet(expr: ts.Expression, checker: ts.TypeChecker): string | undefined {
  const e = skipParens(expr);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    const sets = [guardSet(e.left, checker), guardSet(e.right, checker)].filter((s): s is string => s !== undefined);
    return sets.sort(compareSets).at(-1);
  }
  if (ts.isCallExpression(e) && isGuardFunction(e.expression, checker)) {
    const arg = e.arguments[0];
    return arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
  }
  if (ts.isIdentifier(e)) {
    const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0)
      return guardSet(decl.initializer, checker);
  }
  return undefined;
}

function isGuardFunction(callee: ts.Expression, checker: ts.TypeChecker): boolean {
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  return symbol?.name === GUARD_NAME && decl !== undefined && path.resolve(decl.getSourceFile().fileName) === GUARD_MODULE;
}

const skipParens = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? skipParens(e.expression) : e);

/** `!G` → the set G checks. */
function negatedGuardSet(expr: ts.Expression, checker: ts.TypeChecker): string | undefined {
  const e = skipParens(expr);
  return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken
    ? guardSet(e.operand, checker)
    : undefined;
}

/** `if (!G) return …;` or `if (!G) throw …;` (or a block ending so): code after it runs only when G held. */
function earlyExitSet(s: ts.Statement, checker: ts.TypeChecker): string | undefined {
  if (!ts.isIfStatement(s) || s.elseStatement) return undefined;
  const then = s.thenStatement;
  const last = ts.isBlock(then) ? then.statements.at(-1) : then;
  if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return undefined;
  return negatedGuardSet(s.expression, checker);
}

const within = (node: ts.Node, outer: ts.Node | undefined): boolean =>
  outer !== undefined && node.pos >= outer.pos && node.end <= outer.end;

/** The highest set a guard around `node` checked, or undefined. */
function guardAround(node: ts.Node, checker: ts.TypeChecker): string | undefined {
  const sets: string[] = [];
  let child: ts.Node = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    let s: string | undefined;
    if (ts.isIfStatement(p) && within(node, p.thenStatement)) s = guardSet(p.expression, checker);
    else if (ts.isConditionalExpression(p) && within(node, p.whenTrue)) s = guardSet(p.condition, checker);
    else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && within(node, p.right))
      s = guardSet(p.left, checker);
    else if (ts.isBlock(p) || ts.isSourceFile(p)) {
      const statements = p.statements as ts.NodeArray<ts.Statement>;
      for (const st of statements) {
        if (st === child) break;
        const set = earlyExitSet(st, checker);
        if (set) sets.push(set);
      }
    }
    if (s) sets.push(s);
  }
  return sets.sort(compareSets).at(-1);
}

const isWrite = (node: ts.Node): boolean =>
  ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;

/** The members a `.load("a,b/c")` string names, resolved against the receiver's type. */
function loadedMembers(call: ts.CallExpression, checker: ts.TypeChecker): ts.Symbol[] {
  const callee = call.expression;
  const arg = call.arguments[0];
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "load" || !arg || !ts.isStringLiteralLike(arg)) return [];
  const out: ts.Symbol[] = [];
  for (const p of arg.text.split(",")) {
    let type: ts.Type | undefined = checker.getTypeAtLocation(callee.expression);
    for (const name of p.trim().split("/")) {
      if (!type) break;
      if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
      const prop = type && checker.getPropertyOfType(type, name);
      if (!prop) break;
      out.push(prop);
      type = checker.getTypeOfSymbolAtLocation(prop, call);
    }
  }
  return out;
}

/** Every Excel API member used in the given files, with its set and guard. */
export function excelApiUses(files: readonly string[]): ApiUse[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), (f) => ts.sys.readFile(f));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const program = ts.createProgram([...files], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const note = (at: ts.Node, symbol: ts.Symbol | undefined, write: boolean): void => {
    const set = symbol && excelSet(symbol, checker, write);
    if (!symbol || !set) return;
    const sf = at.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(at.getStart()).line + 1;
    uses.push({ member: memberName(symbol), set, guard: guardAround(at, checker), file: path.relative(ROOT, sf.fileName), line });
  };
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) note(node, checker.getSymbolAtLocation(node.name), isWrite(node));
      if (ts.isCallExpression(node)) for (const s of loadedMembers(node, checker)) note(node, s, false);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** src/**\/*.ts(x) */
export function sourceFiles(dir = path.join(ROOT, "src")): string[] {
  return ts.sys.readDirectory(dir, [".ts", ".tsx"], undefined, undefined).filter((f) => !f.endsWith(".d.ts"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const minimum = process.argv[2] ?? "1.7";
  const above = excelApiUses(sourceFiles()).filter((u) => compareSets(u.set, minimum) > 0);
  console.log("| member | set | guard | where |\n|---|---|---|---|");
  for (const u of above) console.log(`| ${u.member} | ${u.set} | ${u.guard ?? "**none**"} | ${u.file}:${u.line} |`);
}
