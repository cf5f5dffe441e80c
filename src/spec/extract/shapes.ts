import ts from 'typescript';
import type { Field, Shape, Type } from '../format.js';
import {
  docComment,
  isDeletedInterface,
  isDeprecated,
  isSharedFile,
  moduleStem,
  namespaceChain,
  objectLiteralOf,
  propName,
  qualifiedName,
  referencedDeclaration,
  type Sdk,
} from './sdk.js';

/**
 * Turns .d.ts interfaces into shapes (src/spec/README.md, "Shape keys" and "Types"). Numbers come out
 * as the provisional `{ kind: 'number' }`; numbers.ts later decides integer / timestamp / float.
 */

export type DraftType =
  | Type
  | { kind: 'number' }
  | { kind: 'array'; items: DraftType }
  | { kind: 'list'; items: DraftType }
  | { kind: 'map'; values: DraftType }
  | { kind: 'union'; members: DraftType[] };

/** Where params interfaces get `<object>#…` keys: the params root's file and enclosing namespaces. */
export interface ParamsContext {
  object: string;
  file: ts.SourceFile;
  prefix: string[];
}

interface Classified {
  type: DraftType;
  nullable: boolean;
  emptyable: boolean;
}

/** One member of a flattened union, after aliases and Emptyable<> were unwrapped. */
type Member = { tag: 'literal'; value: string } | { tag: 'other'; node: ts.TypeNode } | { tag: 'object'; names: string[]; deleted: boolean } | { tag: 'range' };

export class ShapeBuilder {
  /** Every shape built so far, by key (global: keys name their owner). */
  readonly shapes = new Map<string, Shape>();
  private readonly keyDecl = new Map<string, ts.Node>();
  readonly warnings: string[] = [];
  /** Properties left out on purpose (see fieldsOf). */
  readonly dropped = new Set<string>();

  constructor(
    private readonly sdk: Sdk,
    /** Root interfaces of the objects we extract → object name. */
    private readonly roots: Map<ts.InterfaceDeclaration, string>,
  ) {}

  /** The key of an object shape (not of an extracted object's root; those become expandable/resource). */
  keyOf(decl: ts.InterfaceDeclaration, params?: ParamsContext): string {
    const root = this.roots.get(decl);
    if (root) return root;
    const sf = decl.getSourceFile();
    const chain = namespaceChain(decl);
    const path = [...chain, decl.name.text];
    if (isSharedFile(sf)) return `shared:${path.join('.')}`;
    if (params && sf === params.file && params.prefix.every((p, i) => chain[i] === p)) {
      const rel = path.slice(params.prefix.length);
      if (rel[0]?.endsWith('Params')) return `${params.object}#${rel.join('.')}`;
    }
    if (chain.length > 0) {
      const top = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === chain[0]);
      const object = top && this.roots.get(top);
      if (object) return `${object}:${path.slice(1).join('.')}`;
    }
    return `${moduleStem(sf.fileName)}:${qualifiedName(decl)}`;
  }

  /** Builds the shape of an interface (once per key) and returns its key. */
  visit(decl: ts.InterfaceDeclaration, params?: ParamsContext): string {
    const key = this.keyOf(decl, params);
    const seen = this.keyDecl.get(key);
    if (seen) {
      if (seen !== decl)
        throw new Error(`shape key ${key} names two declarations: ${qualifiedName(seen as ts.InterfaceDeclaration)} and ${qualifiedName(decl)}`);
      return key;
    }
    this.keyDecl.set(key, decl);
    const shape: Shape = { description: docComment(decl), fields: [] };
    this.shapes.set(key, shape);
    shape.fields = this.fieldsOf(decl, key, params);
    return key;
  }

  private fieldsOf(decl: ts.InterfaceDeclaration, key: string, params?: ParamsContext): Field[] {
    const fields: Field[] = [];
    for (const m of decl.members) {
      // `deleted?: void` only tells TypeScript the live object from its DeletedX twin; no API field.
      if (ts.isPropertySignature(m) && m.type?.kind === ts.SyntaxKind.VoidKeyword) this.dropped.add(`${key}.${propName(m)}: void`);
      else if (ts.isPropertySignature(m)) fields.push(this.field(m, key, params));
      else this.warnings.push(`${key}: ignored member ${m.getText().slice(0, 60)}`);
    }
    // Inherited fields (PaginationParams, AddressParam…) follow the interface's own, unless overridden.
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) {
        const base =
          ts.isIdentifier(t.expression) || ts.isPropertyAccessExpression(t.expression)
            ? referencedDeclaration(this.sdk.checker, t.expression as ts.EntityName)
            : undefined;
        if (!base || !ts.isInterfaceDeclaration(base)) throw new Error(`${key}: cannot resolve base ${t.getText()}`);
        for (const f of this.fieldsOf(base, key, params)) if (!fields.some((g) => g.name === f.name)) fields.push(f);
      }
    }
    return fields;
  }

  private field(m: ts.PropertySignature, key: string, params?: ParamsContext): Field {
    const name = propName(m);
    if (!m.type) throw new Error(`${key}.${name}: no type`);
    const c = this.classify(m.type, `${key}.${name}`, params);
    const description = docComment(m);
    const field: Field = { name, description, type: c.type as Type, nullable: c.nullable, optional: !!m.questionToken };
    if (c.emptyable) field.emptyable = true;
    if (isDeprecated(description)) field.deprecated = true;
    return field;
  }

  private classify(node: ts.TypeNode, where: string, params?: ParamsContext): Classified {
    const state = { nullable: false, emptyable: false, open: false };
    const members: Member[] = [];
    this.flatten(node, members, state, where);
    const literals = members.filter((m): m is Extract<Member, { tag: 'literal' }> => m.tag === 'literal');
    const objects = members.filter((m): m is Extract<Member, { tag: 'object' }> => m.tag === 'object');
    const others = members.filter((m): m is Extract<Member, { tag: 'other' }> => m.tag === 'other');
    const ranges = members.filter((m) => m.tag === 'range');
    const done = (type: DraftType): Classified => ({ type, nullable: state.nullable, emptyable: state.emptyable });
    const isString = (m: { node: ts.TypeNode }) => m.node.kind === ts.SyntaxKind.StringKeyword;
    const isNumber = (m: { node: ts.TypeNode }) => m.node.kind === ts.SyntaxKind.NumberKeyword;
    const objectNames = () => [...new Set(objects.flatMap((o) => o.names))];

    if (members.length === 0) {
      if (state.open) return done({ kind: 'string' });
      return done({ kind: 'unknown', ts: node.getText() });
    }
    if (literals.length === members.length) return done({ kind: 'enum', values: literals.map((l) => l.value), open: state.open });
    if (ranges.length === 1 && others.length === 1 && isNumber(others[0]) && members.length === 2) return done({ kind: 'range' });
    if (objects.length > 0 && objects.length + others.length === members.length && others.length === 1 && isString(others[0])) {
      return done({ kind: 'expandable', objects: objectNames() });
    }
    if (objects.length === members.length) return done({ kind: 'resource', objects: objectNames() });
    if (others.length === members.length && others.length === 1) {
      return done(state.open && isString(others[0]) ? { kind: 'string' } : this.single(others[0].node, where, params, state));
    }
    // Several kinds: a union, literals grouped into one enum member.
    const out: DraftType[] = [];
    if (literals.length) out.push({ kind: 'enum', values: literals.map((l) => l.value), open: state.open });
    for (const m of members) {
      if (m.tag === 'other') out.push(this.single(m.node, where, params, state));
      else if (m.tag === 'object') out.push({ kind: 'resource', objects: m.names });
      else if (m.tag === 'range') out.push({ kind: 'range' });
    }
    return done(out.length === 1 ? out[0] : { kind: 'union', members: out });
  }

  /** Unions, parentheses, local type aliases and Emptyable<> unwrapped into members. */
  private flatten(node: ts.TypeNode, out: Member[], state: { nullable: boolean; emptyable: boolean; open: boolean }, where: string): void {
    if (ts.isParenthesizedTypeNode(node)) {
      this.flatten(node.type, out, state, where);
      return;
    }
    if (ts.isUnionTypeNode(node)) {
      for (const t of node.types) this.flatten(t, out, state, where);
      return;
    }
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) state.nullable = true;
      else if (ts.isStringLiteral(node.literal)) out.push({ tag: 'literal', value: node.literal.text });
      else out.push({ tag: 'other', node });
      return;
    }
    if (ts.isTypeReferenceNode(node)) {
      const decl = referencedDeclaration(this.sdk.checker, node.typeName);
      const name = node.typeName.getText().split('.').at(-1);
      if (decl && isSharedFile(decl.getSourceFile())) {
        if (name === 'Emptyable' && node.typeArguments?.length === 1) {
          state.emptyable = true;
          this.flatten(node.typeArguments[0], out, state, where);
          return;
        }
        if (name === 'OtherString') {
          state.open = true;
          return;
        }
        if (name === 'RangeQueryParam') {
          out.push({ tag: 'range' });
          return;
        }
      }
      if (decl && ts.isTypeAliasDeclaration(decl) && !decl.typeParameters && !isSharedFile(decl.getSourceFile()) && isResourceFile(decl.getSourceFile())) {
        this.flatten(decl.type, out, state, where);
        return;
      }
      if (decl && ts.isInterfaceDeclaration(decl) && isObjectInterface(decl)) {
        out.push({ tag: 'object', names: [objectLiteralOf(decl)!], deleted: isDeletedInterface(decl) });
        return;
      }
    }
    out.push({ tag: 'other', node });
  }

  /** A type that is not a union. */
  private single(node: ts.TypeNode, where: string, params: ParamsContext | undefined, state: { nullable: boolean }): DraftType {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: 'string' };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'boolean' };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: 'number' };
    }
    if (ts.isLiteralTypeNode(node) && (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword))
      return { kind: 'boolean' };
    if (ts.isArrayTypeNode(node)) return { kind: 'array', items: this.items(node.elementType, where, params) };
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.filter(ts.isIndexSignatureDeclaration);
      if (index.length === 1 && node.members.length === 1 && index[0].type) return { kind: 'map', values: this.items(index[0].type, where, params) };
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText();
      const args = node.typeArguments ?? [];
      if (name === 'Array' && args.length === 1) return { kind: 'array', items: this.items(args[0], where, params) };
      const decl = referencedDeclaration(this.sdk.checker, node.typeName);
      const stem = decl ? moduleStem(decl.getSourceFile().fileName) : '';
      const last = name.split('.').at(-1)!;
      if (decl && stem === 'shared' && (last === 'Metadata' || last === 'MetadataParam')) return { kind: 'metadata' };
      if (decl && stem === 'Decimal' && last === 'Decimal') return { kind: 'decimal' };
      if (decl && stem === 'lib' && last === 'ApiList' && args.length === 1) return { kind: 'list', items: this.items(args[0], where, params) };
      if (decl && ts.isInterfaceDeclaration(decl)) {
        const index = decl.members.filter(ts.isIndexSignatureDeclaration);
        if (index.length === 1 && decl.members.length === 1 && index[0].type && !decl.heritageClauses) {
          return { kind: 'map', values: this.items(index[0].type, where, params) };
        }
        const list = listItemsOf(decl);
        if (list) return { kind: 'list', items: this.items(list, where, params) };
        if (isResourceFile(decl.getSourceFile()) || stem === 'shared') return { kind: 'object', shape: this.visit(decl, params) };
      }
      if (decl && ts.isTypeAliasDeclaration(decl) && !decl.typeParameters && isResourceFile(decl.getSourceFile())) {
        const c = this.classify(decl.type, where, params);
        if (c.nullable) state.nullable = true;
        return c.type;
      }
    }
    return { kind: 'unknown', ts: node.getText() };
  }

  /** Array items / map values: a null member is noted, not kept (no nullable items in the format). */
  private items(node: ts.TypeNode, where: string, params?: ParamsContext): DraftType {
    const c = this.classify(node, where, params);
    if (c.nullable) this.warnings.push(`${where}: items/values may be null (dropped)`);
    if (c.emptyable) this.warnings.push(`${where}: items/values are Emptyable (dropped)`);
    return c.type;
  }
}

function isResourceFile(sf: ts.SourceFile): boolean {
  return /[\\/]esm[\\/]resources[\\/]/.test(sf.fileName);
}

/** A Stripe object: a top-level interface of a resource module with an `object: '<name>'` literal. */
export function isObjectInterface(decl: ts.InterfaceDeclaration): boolean {
  return ts.isSourceFile(decl.parent) && isResourceFile(decl.getSourceFile()) && objectLiteralOf(decl) !== undefined && objectLiteralOf(decl) !== 'list';
}

/** Nested `{ object: 'list'; data: Array<T>; has_more; url }` interfaces → T. */
function listItemsOf(decl: ts.InterfaceDeclaration): ts.TypeNode | undefined {
  if (objectLiteralOf(decl) !== 'list') return undefined;
  const data = decl.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && propName(m) === 'data');
  const t = data?.type;
  if (t && ts.isTypeReferenceNode(t) && t.typeName.getText() === 'Array' && t.typeArguments?.length === 1) return t.typeArguments[0];
  if (t && ts.isArrayTypeNode(t)) return t.elementType;
  return undefined;
}
