import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Reading the `stripe` package's .d.ts (declarations, doc comments) and .js (HTTP method and path) files. */

export const stripeRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../node_modules/stripe');
export const resourcesDir = path.join(stripeRoot, 'esm/resources');

export function stripeFile(rel: string): string {
  return path.join(stripeRoot, rel);
}

/** `esm/resources/Treasury/OutboundTransfers.d.ts` → `Treasury/OutboundTransfers`; shared.d.ts → `shared`. */
export function moduleStem(fileName: string): string {
  const rel = path.relative(path.join(stripeRoot, 'esm'), fileName).replace(/\\/g, '/');
  return rel.replace(/^resources\//, '').replace(/\.d\.ts$/, '');
}

export interface Sdk {
  program: ts.Program;
  checker: ts.TypeChecker;
  source(rel: string): ts.SourceFile;
}

export function loadSdk(rootFiles: string[]): Sdk {
  const program = ts.createProgram(rootFiles.map(stripeFile), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    types: [],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  return {
    program,
    checker,
    source(rel) {
      const sf = program.getSourceFile(stripeFile(rel));
      if (!sf) throw new Error(`not in the program: ${rel}`);
      return sf;
    },
  };
}

/** The node's own `/** … *\/` comment: leading `*` stripped, lines right-trimmed, whole text trimmed. */
export function docComment(node: ts.Node): string {
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).at(-1);
  if (!doc) return '';
  const body = sf.text.slice(doc.pos + 3, doc.end - 2);
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*\* ?/, '')
        .replace(/^\s+$/, '')
        .trimEnd(),
    )
    .join('\n')
    .trim();
}

export function isDeprecated(doc: string): boolean {
  return /(^|\n)@deprecated\b/.test(doc);
}

/** Namespace names enclosing a declaration, outermost first. */
export function namespaceChain(node: ts.Node): string[] {
  const names: string[] = [];
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isModuleDeclaration(p)) names.unshift(p.name.getText());
  }
  return names;
}

export function qualifiedName(decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration): string {
  return [...namespaceChain(decl), decl.name!.text].join('.');
}

/** The declaration a type reference names (import aliases followed). */
export function referencedDeclaration(checker: ts.TypeChecker, name: ts.EntityName): ts.Declaration | undefined {
  let symbol = checker.getSymbolAtLocation(name);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decls = symbol.declarations ?? [];
  return (
    decls.find((d) => ts.isInterfaceDeclaration(d)) ??
    decls.find((d) => ts.isTypeAliasDeclaration(d)) ??
    decls.find((d) => ts.isClassDeclaration(d)) ??
    decls[0]
  );
}

export function topLevelInterface(sf: ts.SourceFile, name: string): ts.InterfaceDeclaration | undefined {
  return sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
}

export function classesOf(sf: ts.SourceFile): ts.ClassDeclaration[] {
  return sf.statements.filter((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && !!s.name);
}

export function propName(member: ts.TypeElement): string {
  const n = member.name!;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n)) return n.text;
  return n.getText();
}

/** `object: 'treasury.outbound_transfer'` of a top-level object interface, else undefined. */
export function objectLiteralOf(decl: ts.InterfaceDeclaration): string | undefined {
  for (const m of decl.members) {
    if (ts.isPropertySignature(m) && propName(m) === 'object' && m.type && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)) {
      return m.type.literal.text;
    }
  }
  return undefined;
}

/** `deleted: true` marks the `DeletedX` interfaces. */
export function isDeletedInterface(decl: ts.InterfaceDeclaration): boolean {
  return decl.members.some(
    (m) =>
      ts.isPropertySignature(m) &&
      propName(m) === 'deleted' &&
      m.type?.kind === ts.SyntaxKind.LiteralType &&
      (m.type as ts.LiteralTypeNode).literal.kind === ts.SyntaxKind.TrueKeyword,
  );
}

export function isSharedFile(sf: ts.SourceFile): boolean {
  return moduleStem(sf.fileName) === 'shared';
}

export function readApiVersion(): string {
  const text = fs.readFileSync(stripeFile('esm/apiVersion.js'), 'utf8');
  const m = /ApiVersion = '([^']+)'/.exec(text);
  if (!m) throw new Error('no ApiVersion in node_modules/stripe/esm/apiVersion.js');
  return m[1];
}

export function readPackageVersion(): string {
  return (JSON.parse(fs.readFileSync(stripeFile('package.json'), 'utf8')) as { version: string }).version;
}

export interface JsRequest {
  method: string;
  path: string;
  pathParams: string[];
  methodType: string | null;
}

/** HTTP method, path and methodType of every method of every class in a resource's .js file. */
export function readJsRequests(dtsRel: string): Map<string, Map<string, JsRequest>> {
  const rel = dtsRel.replace(/\.d\.ts$/, '.js');
  const text = fs.readFileSync(stripeFile(rel), 'utf8');
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const out = new Map<string, Map<string, JsRequest>>();
  for (const cls of sf.statements.filter(ts.isClassDeclaration)) {
    const methods = new Map<string, JsRequest>();
    for (const m of cls.members.filter(ts.isMethodDeclaration)) {
      let call: ts.CallExpression | undefined;
      const find = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === '_makeRequest') call = n;
        else ts.forEachChild(n, find);
      };
      find(m);
      if (!call) throw new Error(`${rel}: ${m.name.getText()} makes no _makeRequest call`);
      const [verbArg, pathArg, , , opts] = call.arguments;
      if (!ts.isStringLiteral(verbArg)) throw new Error(`${rel}: ${m.name.getText()}: method is not a literal`);
      const pathParams: string[] = [];
      let p: string;
      if (ts.isStringLiteral(pathArg) || ts.isNoSubstitutionTemplateLiteral(pathArg)) p = pathArg.text;
      else if (ts.isTemplateExpression(pathArg)) {
        p = pathArg.head.text;
        for (const span of pathArg.templateSpans) {
          const e = span.expression;
          const arg = ts.isCallExpression(e) ? e.arguments[0] : e;
          const name = arg.getText();
          pathParams.push(name);
          p += `{${name}}${span.literal.text}`;
        }
      } else throw new Error(`${rel}: ${m.name.getText()}: unexpected path expression`);
      let methodType: string | null = null;
      if (opts && ts.isObjectLiteralExpression(opts)) {
        for (const prop of opts.properties) {
          if (ts.isPropertyAssignment(prop) && prop.name.getText() === 'methodType' && ts.isStringLiteral(prop.initializer)) methodType = prop.initializer.text;
        }
      }
      methods.set(m.name.getText(), { method: verbArg.text, path: p, pathParams, methodType });
    }
    out.set(cls.name!.text, methods);
  }
  return out;
}
