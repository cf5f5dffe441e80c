import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A type-driven walk of the schema for the isolation suite: every root field, every place in its
 * arguments where an object id goes (an `ID` argument or input field, at any depth), the object type
 * each of those ids names, arguments built around chosen ids (other required arguments get valid
 * values), and a selection set for any return type. Anything it cannot handle throws, naming the
 * field: a new field is covered by the suite or makes it fail, never skipped.
 */

export type RootKind = 'Query' | 'Mutation' | 'Subscription';

export interface IdPath {
  /** Argument name, then input field names: ['input', 'destinationPaymentMethodData', 'financialAccount']. */
  segs: string[];
  /** The Node type whose ids go here, or '*' for any (node, nodes). */
  type: string;
  /** An `[ID!]` list (nodes(ids)). */
  list: boolean;
  required: boolean;
}

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
  paths: IdPath[];
}

/** Valid values for arguments and input fields that a required-only walk cannot invent. */
export interface Hints {
  /** `Type.field` (input field) or `Root.field.arg`, or a whole input type by name → the value to use. */
  values: Record<string, unknown>;
  /** Optional input fields a valid request needs in practice (`Type.field`); ids get the owner's, others their hint. */
  include: string[];
  /** Input fields of which one at most may be given (`Type` → field names): the one being attacked wins. */
  exclusive: Record<string, string[]>;
  /** Catalogue types Stripe publishes the same to every account (Climate products): nothing to isolate, left out. */
  catalogues: string[];
  /** Input fields (`Type.field`) the server refuses whatever their value (a param fingraph does not serve): no id path. */
  refused: string[];
  /**
   * ID input fields that name no account's object: a catalogue's (the same for every account: a
   * physical bundle, a Climate product, a tax code) or an item's within its object (a selection's
   * choice): no id path, the hint's value.
   */
  catalogueIds?: string[];
  /**
   * Input fields (`Type.field`) whose object type the name does not tell (a location's
   * `configurationOverrides`: a TerminalConfiguration), and String fields that hold an object's id (a
   * ProductFeature's `entitlementFeature`): id paths of that Node type.
   */
  idTypes?: Record<string, string>;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Families whose prefix an id argument leaves out (`financialAccount`: TreasuryFinancialAccount, `card`: IssuingCard). */
const FAMILY = /^(Treasury|Issuing)/;

export class SchemaWalk {
  readonly nodeTypes: string[];

  constructor(
    readonly schema: GraphQLSchema,
    private readonly hints: Hints,
  ) {
    const node = schema.getType('Node');
    if (!node || !isInterfaceType(node)) throw new Error('the schema has no Node interface');
    this.nodeTypes = schema
      .getPossibleTypes(node)
      .map((t) => t.name)
      .filter((t) => !hints.catalogues.includes(t))
      .sort();
  }

  roots(): RootField[] {
    const out: RootField[] = [];
    for (const kind of ['Query', 'Mutation', 'Subscription'] as RootKind[]) {
      const type = kind === 'Query' ? this.schema.getQueryType() : kind === 'Mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
      if (!type) continue;
      for (const field of Object.values(type.getFields())) {
        const returns = getNamedType(field.type).name;
        if (this.hints.catalogues.some((c) => returns === c || returns === `${c}Connection`)) continue;
        out.push({ kind, name: field.name, field, paths: this.idPaths(field) });
      }
    }
    return out;
  }

  /** The Node type a field is about: its return type, or the longest Node type named in the field's name. */
  subject(field: GraphQLField<unknown, unknown>): string {
    const ret = getNamedType(field.type);
    if (isObjectType(ret) && this.nodeTypes.includes(ret.name)) return ret.name;
    if (isInterfaceType(ret) && ret.name === 'Node') return '*';
    const name = cap(field.name);
    const found = this.nodeTypes.filter((t) => name.includes(t)).sort((a, b) => b.length - a.length)[0];
    if (!found) throw new Error(`isolation: cannot tell which object type ${field.name} is about`);
    return found;
  }

  /** The Node type an id argument or input field names: by its name (financialAccount, receivedCredit, …), else the field's subject. */
  private idType(field: GraphQLField<unknown, unknown>, name: string): string {
    if (name === 'id' || name === 'ids') return this.subject(field);
    const n = cap(name);
    const matches = this.nodeTypes.filter((t) => n.endsWith(t) || n.endsWith(t.replace(FAMILY, '')));
    // Two families name an object alike (TreasuryTransaction, IssuingTransaction): the field's own family first.
    const family = matches.length > 1 ? FAMILY.exec(this.subject(field))?.[0] : undefined;
    const own = (t: string) => (family && t.startsWith(family) ? 1 : 0);
    const match = matches.sort((a, b) => own(b) - own(a) || b.length - a.length)[0];
    if (match) return match;
    // A name without the type's family (`session`, `verificationSession`, a Transaction's `account`): the
    // type it ends, of the subject's own family first (FinancialConnectionsSession for an Account list).
    const subject = this.subject(field);
    const shared = (t: string) => {
      const i = [...t].findIndex((c, k) => subject[k] !== c);
      return i < 0 ? t.length : i;
    };
    const suffix = this.nodeTypes.filter((t) => t.endsWith(n)).sort((a, b) => shared(b) - shared(a) || a.length - b.length)[0];
    return suffix ?? subject;
  }

  private idPaths(field: GraphQLField<unknown, unknown>): IdPath[] {
    const out: IdPath[] = [];
    const walk = (type: GraphQLInputType, segs: string[], required: boolean, seen: string[], owner: string) => {
      const named = getNamedType(type);
      const inner = isNonNullType(type) ? type.ofType : type;
      const declared = this.hints.idTypes?.[owner];
      if (isScalarType(named) && (named.name === 'ID' || declared)) {
        out.push({ segs, type: declared ?? this.idType(field, segs.at(-1)!), list: isListType(inner), required });
      } else if (isInputObjectType(named)) {
        if (seen.includes(named.name)) return;
        for (const f of Object.values(named.getFields()))
          if (!this.hints.refused.includes(`${named.name}.${f.name}`) && !this.hints.catalogueIds?.includes(`${named.name}.${f.name}`))
            walk(f.type, [...segs, f.name], required && isNonNullType(f.type), [...seen, named.name], `${named.name}.${f.name}`);
      }
    };
    for (const arg of field.args) walk(arg.type, [arg.name], isNonNullType(arg.type), [], arg.name);
    return out;
  }

  /**
   * Arguments for `root` with `values[pathKey]` at each given id path; every other required id path
   * (and each one in `hints.include`) gets `idFor(path)`; other required arguments get valid values.
   */
  args(root: RootField, values: Map<string, unknown>, idFor: (path: IdPath, used: Set<unknown>) => unknown): Record<string, unknown> {
    const used = new Set<unknown>([...values.values()].flat());
    const byKey = new Map(root.paths.map((p) => [p.segs.join('.'), p]));
    const at = (segs: string[]) => segs.join('.');
    const wanted = (segs: string[]) => [...values.keys()].some((k) => k === at(segs) || k.startsWith(`${at(segs)}.`));

    const gen = (type: GraphQLInputType, segs: string[], owner: string, required: boolean): unknown => {
      const key = at(segs);
      if (values.has(key)) return values.get(key);
      const named = getNamedType(type);
      const nonNull = isNonNullType(type);
      const included = required || nonNull || this.hints.include.includes(owner) || wanted(segs);
      if (!included) return undefined;
      const hint = this.hints.values[owner] ?? this.hints.values[named.name];
      if (hint !== undefined && !wanted(segs)) return structuredClone(hint);
      const inner = nonNull ? type.ofType : type;
      if (isListType(inner)) {
        const item = gen(inner.ofType, segs, owner, true);
        return item === undefined ? undefined : [item];
      }
      if (isScalarType(named) && (named.name === 'ID' || byKey.has(key))) {
        const path = byKey.get(key);
        if (!path) throw new Error(`isolation: ${root.kind}.${root.name}: no id path ${key}`);
        const v = idFor(path, used);
        used.add(v);
        return v;
      }
      if (isInputObjectType(named)) {
        const obj: Record<string, unknown> = {};
        for (const f of Object.values(named.getFields())) {
          const v = gen(f.type, [...segs, f.name], `${named.name}.${f.name}`, false);
          if (v !== undefined) obj[f.name] = v;
        }
        // A `type` discriminator follows the id field being attacked (forwarding_settings: financial_account or payment_method).
        const typeField = named.getFields().type;
        const typeEnum = typeField ? getNamedType(typeField.type) : null;
        if (typeEnum && isEnumType(typeEnum)) {
          const values = typeEnum.getValues().map((v) => v.name);
          const upper = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
          const chosen = Object.keys(obj).find((k) => k !== 'type' && values.includes(upper(k)) && wanted([...segs, k]));
          if (chosen) {
            obj.type = upper(chosen);
            for (const k of Object.keys(obj)) if (k !== chosen && values.includes(upper(k))) delete obj[k];
          }
        }
        const group = this.hints.exclusive[named.name];
        if (group) {
          const given = group.filter((g) => obj[g] !== undefined);
          const keep = given.find((g) => wanted([...segs, g])) ?? given[0];
          for (const g of given) if (g !== keep) delete obj[g];
        }
        return obj;
      }
      if (isEnumType(named)) return named.getValues()[0]!.name;
      if (isScalarType(named)) {
        switch (named.name) {
          case 'Int':
          case 'SafeInt':
            return 1000;
          case 'Float':
            return 1;
          case 'Boolean':
            return false;
          case 'Currency':
            return 'usd';
          case 'JSONObject':
            return {};
          case 'DateTime':
            return new Date().toISOString();
        }
      }
      throw new Error(`isolation: ${root.kind}.${root.name}: no value for required ${key} (${String(type)}); add a hint`);
    };

    const out: Record<string, unknown> = {};
    for (const arg of root.field.args) {
      const v = gen(arg.type, [arg.name], `${root.kind}.${root.name}.${arg.name}`, false);
      if (v !== undefined) out[arg.name] = v;
    }
    return out;
  }

  /** `query|mutation|subscription Iso($a: T, …) { field(a: $a, …) { …selection } }` and its variables. */
  operation(root: RootField, args: Record<string, unknown>): { query: string; variables: Record<string, unknown> } {
    const defs: string[] = [];
    const uses: string[] = [];
    for (const arg of root.field.args as readonly GraphQLArgument[]) {
      if (!(arg.name in args)) continue;
      defs.push(`$${arg.name}: ${String(arg.type)}`);
      uses.push(`${arg.name}: $${arg.name}`);
    }
    const op = root.kind.toLowerCase();
    const head = defs.length ? `(${defs.join(', ')})` : '';
    const call = uses.length ? `(${uses.join(', ')})` : '';
    return { query: `${op} Iso${cap(root.name)}${head} { ${root.name}${call} ${this.selection(root.field.type, 3)} }`, variables: args };
  }

  /** Every field without required arguments, objects `depth` levels down (then `__typename` / `id`). */
  selection(type: GraphQLOutputType, depth: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      // Only ids under an abstract type: the same field name may have different types in different members.
      const parts = possible.filter((t) => t.getFields().id).map((t) => `... on ${t.name} { id }`);
      return `{ __typename ${parts.join(' ')} }`;
    }
    if (!isObjectType(named)) throw new Error(`isolation: cannot select ${String(type)}`);
    const parts: string[] = ['__typename'];
    for (const f of Object.values(named.getFields())) {
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      const fieldType = getNamedType(f.type);
      if (isLeafType(fieldType)) parts.push(f.name);
      else if (depth > 0) parts.push(`${f.name} ${this.selection(f.type, depth - 1)}`);
      else if (isObjectType(fieldType) && fieldType.getFields().id) parts.push(`${f.name} { id }`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** True for a return type that is a connection (has `nodes` or `edges`). */
  isConnection(root: RootField): boolean {
    const t = getNamedType(root.field.type);
    return isObjectType(t) && ('nodes' in t.getFields() || 'edges' in t.getFields());
  }
}

/** Nothing there: null, a list of nothing, or a connection without nodes or edges. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('nodes' in o || 'edges' in o) return (!o.nodes || isEmpty(o.nodes)) && (!o.edges || isEmpty(o.edges));
  }
  return false;
}
