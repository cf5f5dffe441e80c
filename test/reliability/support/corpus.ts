import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Rng } from './env.js';

/**
 * A generated corpus of malformed and hostile requests. Nothing in it may change the database:
 * mutations are always poisoned so that the server must refuse them (an idempotency key longer than
 * 255 characters, which every mutation checks before it opens a transaction, or ids that do not
 * exist), whatever else the generator puts in.
 */
export interface HostileRequest {
  category: string;
  method: string;
  path?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  chunked?: boolean;
  /** The server may close the connection instead of answering (bodies over the size limit). */
  mayReset?: boolean;
}

export interface CorpusContext {
  key: string;
  otherKey: string;
  liveKey: string;
  /** Ids of real objects of the key's account (so some requests aim at something that exists). */
  ids: string[];
  /** Ids of another account's objects. */
  otherIds: string[];
  maxBodyBytes: number;
  schema: GraphQLSchema;
}

const LONG_KEY = 'k'.repeat(256);
const STRINGS = [
  '',
  ' ',
  'usd',
  'a'.repeat(300),
  'b'.repeat(6_000),
  '💸💸💸',
  'é\u0301',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff x',
  '<script>alert(1)</script>',
  "' or '1'='1' --",
  '"; drop table events; --',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile input, taken literally
  '${jndi:ldap://127.0.0.1/x}',
  '../../../../etc/passwd',
  '%s%s%n%x',
  '__proto__',
  'constructor',
  '\n\r\t',
  '\u202e\u2066',
  'NaN',
  '-0',
  '1e309',
  'null',
  'undefined',
  '[object Object]',
];
const NUMBERS = [
  // biome-ignore lint/correctness/noPrecisionLoss: integers past 2^53 on purpose
  0, -1, 1, 2, 99, 100, 101, -2_147_483_648, 2_147_483_648, 9_007_199_254_740_991, 9_007_199_254_740_993, -9_007_199_254_740_993, 1.5, 1e308, -1e-7,
];
const JSON_OBJECTS = [
  {},
  { a: 'b' },
  { __proto__: { polluted: 'yes' } },
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"x": 1}}}'),
  Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v'])),
  { ['k'.repeat(41)]: 'v' },
  { k: 'v'.repeat(501) },
  { k: { nested: { deeper: [1, 2, 3] } } },
  { k: 5, n: null, t: true },
  { '': '' },
];
const DATES = [
  '2024-01-01T00:00:00Z',
  'yesterday',
  '',
  '9999-99-99T99:99:99Z',
  '1970-01-01T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  1_700_000_000,
  '2024-02-30T00:00:00Z',
];

function idPool(ctx: CorpusContext): string[] {
  return [
    ...ctx.ids,
    ...ctx.otherIds,
    'fa_doesNotExist00000000000',
    'obt_doesNotExist0000000000',
    'pm_doesNotExist00000000000',
    'trxn_doesNotExist000000000',
    'evt_doesNotExist0000000000',
    'fa_',
    '',
    'x',
    `fa_${'x'.repeat(5_000)}`,
    'fa_\u0000',
    'obt_a\u0000b',
    "fa_' or '1'='1",
    'FA_UPPER',
    '🙂',
  ];
}

/** A value for an input type: usually plausible, often hostile; never guaranteed valid. */
export function valueFor(type: GraphQLInputType, ctx: CorpusContext, r: Rng, depth = 0): unknown {
  if (r.chance(0.03)) return r.pick([null, 'wrong', 42, true, [], {}]);
  if (isNonNullType(type)) return valueFor(type.ofType, ctx, r, depth);
  if (isListType(type)) {
    const n = r.chance(0.05) ? r.int(100, 3_000) : r.int(0, 3);
    return Array.from({ length: n }, () => valueFor(type.ofType, ctx, r, depth + 1));
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) || r.chance(0.5)) out[f.name] = valueFor(f.type, ctx, r, depth + 1);
    if (r.chance(0.05)) out[r.pick(['unknownField', '__proto__', 'constructor'])] = 'x';
    return out;
  }
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).name : r.pick(['', 'lowercase', 'NOT_A_VALUE', 7]);
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return r.pick(idPool(ctx));
      case 'Int':
      case 'SafeInt':
      case 'Float':
        return r.chance(0.9) ? r.pick(NUMBERS) : r.pick(STRINGS);
      case 'Boolean':
        return r.chance(0.9) ? r.chance(0.5) : r.pick(['true', 1, null]);
      case 'Currency':
        return r.pick(['usd', 'USD', 'eur', 'xxx', '', 'us', 'usdd', 5]);
      case 'DateTime':
        return r.pick(DATES);
      case 'JSONObject':
        return r.pick(JSON_OBJECTS);
      default:
        return r.pick(STRINGS);
    }
  }
  return null;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

const json = (ctx: CorpusContext, key: string | null = ctx.key): Record<string, string> => ({
  'content-type': 'application/json',
  ...(key ? { authorization: `Bearer ${key}` } : {}),
});
const gqlBody = (query: string, variables?: unknown, operationName?: string) => JSON.stringify({ query, variables, operationName });

/** A selection for any output type: `__typename` always works. */
const SELECT = '{ __typename }';

function fieldArgs(args: readonly GraphQLArgument[], ctx: CorpusContext, r: Rng) {
  const used = args.filter((a) => isNonNullType(a.type) || r.chance(0.5));
  const decl = used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const pass = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(used.map((a) => [a.name, valueFor(a.type, ctx, r)]));
  return { decl: decl ? `(${decl})` : '', pass: pass ? `(${pass})` : '', variables };
}

/** Every mutation in the schema, with random input, poisoned so it must be refused. */
function schemaMutation(ctx: CorpusContext, r: Rng): HostileRequest {
  const fields = Object.values(ctx.schema.getMutationType()!.getFields());
  const field = r.pick(fields);
  const { decl, pass, variables } = fieldArgs(field.args, ctx, r);
  const input = variables.input;
  const inputType = field.args.find((a) => a.name === 'input')?.type;
  const hasKey = inputType && isInputObjectType(getNamedType(inputType)) && 'idempotencyKey' in (getNamedType(inputType) as any).getFields();
  if (input && typeof input === 'object' && !Array.isArray(input) && hasKey) (input as Record<string, unknown>).idempotencyKey = LONG_KEY;
  else if (!hasKey || !input || typeof input !== 'object' || Array.isArray(input)) variables.input = null; // cannot poison: send a refused shape
  const selection = `{ __typename userErrors { code message field } }`;
  const key = r.chance(0.1) ? ctx.liveKey : ctx.key;
  return { category: 'mutation', method: 'POST', headers: json(ctx, key), body: gqlBody(`mutation M${decl} { ${field.name}${pass} ${selection} }`, variables) };
}

/** Every query in the schema, with random arguments (reads: harmless whatever they find). */
function schemaQuery(ctx: CorpusContext, r: Rng): HostileRequest {
  const fields = Object.values(ctx.schema.getQueryType()!.getFields());
  const field = r.pick(fields);
  const { decl, pass, variables } = fieldArgs(field.args, ctx, r);
  const key = r.pick([ctx.key, ctx.key, ctx.otherKey, ctx.liveKey]);
  const selection = isCompositeType(getNamedType(field.type)) ? SELECT : '';
  return { category: 'query', method: 'POST', headers: json(ctx, key), body: gqlBody(`query Q${decl} { ${field.name}${pass} ${selection} }`, variables) };
}

function malformedJson(ctx: CorpusContext, r: Rng): HostileRequest {
  const valid = gqlBody('{ treasuryFinancialAccounts(first: 3) { nodes { id } } }');
  const depth = r.int(10, 100_000);
  const bodies: (() => string | Buffer)[] = [
    () => valid.slice(0, r.int(0, valid.length - 1)),
    () => Buffer.from(Array.from({ length: r.int(1, 3_000) }, () => r.int(0, 255))),
    () => Array.from({ length: r.int(1, 500) }, () => String.fromCharCode(r.int(32, 126))).join(''),
    () => `{"query": "{ __typename }",}`,
    () => `{'query': '{ __typename }'}`,
    () => `{"query": "{ __typename }"}}}}`,
    () => `\ufeff${valid}`,
    () => '['.repeat(depth),
    () => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    () => `{"query": "{ __typename }", "variables": {"x": NaN, "y": Infinity}}`,
    () => `{"query": "{ __typename }" /* comment */}`,
    () => Buffer.concat([Buffer.from('{"query": "{ __typename }", "variables": {"x": "'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}}')]),
    () => `{"query": "{ __typename }", "variables": {"x": "\\ud800\\u0000"}}`,
    () => 'null',
    () => 'true',
    () => '12345',
    () => '"{ __typename }"',
    () => '',
    () => `{"query": ${'"'.repeat(r.int(2, 50))}}`,
    () => `{"query": "{ __typename }", "query": "mutation { x }"}`,
  ];
  return { category: 'malformed-json', method: 'POST', headers: json(ctx), body: r.pick(bodies)() };
}

function wrongTypes(ctx: CorpusContext, r: Rng): HostileRequest {
  const fa = ctx.ids[0]!;
  const shapes: (() => unknown)[] = [
    () => ({ query: r.pick([5, [], {}, null, true, ['{ __typename }']]) }),
    () => ({ query: '{ __typename }', variables: r.pick(['x', [], 5, true, '{"a":1}']) }),
    () => ({ query: '{ __typename }', operationName: r.pick([5, {}, [], true]) }),
    () => ({ query: '{ __typename }', extensions: r.pick(['x', [], 5, { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }),
    () => ({}),
    () => ({ variables: {} }),
    () => ({
      query: `query($id: ID!) { treasuryFinancialAccount(id: $id) { id } }`,
      variables: { id: r.pick([5, true, ['fa'], { id: fa }, null, 1.5]) },
    }),
    () => ({
      query: `query($first: Int) { treasuryFinancialAccounts(first: $first) { nodes { id } } }`,
      variables: { first: r.pick(['10', -1, 101, 1.5, 2 ** 31, 1e300, true, [10]]) },
    }),
    () => ({
      query: `mutation($input: CreateTreasuryOutboundTransferInput!) { createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } } }`,
      variables: {
        input: {
          financialAccount: r.pick([fa, 5, null, ['x']]),
          destinationPaymentMethod: r.pick(['pm_doesNotExist00000000000', 5, {}]),
          amount: r.pick(['abc', 1.5, -1, 0, 2 ** 53, 1e308, null, [], {}, '100']),
          currency: r.pick(['usd', 5, 'US', 'usd\u0000']),
          idempotencyKey: LONG_KEY,
        },
      },
    }),
    () => ({
      query: `mutation { createTreasuryOutboundTransfer(input: { financialAccount: "${fa}", destinationPaymentMethod: ${r.pick(['5', 'true', '["pm"]', '{a: 1}', 'null'])}, amount: ${r.pick(['"x"', '1.5', '-1', '99999999999999999999', 'null', 'ENUM'])}, currency: "usd", idempotencyKey: "${LONG_KEY}" }) { userErrors { code } } }`,
    }),
    () => ({ query: `{ treasuryFinancialAccounts(status: ${r.pick(['open', '"OPEN"', '1', 'OPEN_', 'null'])}) { nodes { id } } }` }),
    () => ({ query: `{ treasuryFinancialAccount(id: ${r.pick(['5', 'true', 'null', '["fa"]', '{id: "fa"}'])}) { id } }` }),
  ];
  return { category: 'wrong-types', method: 'POST', headers: json(ctx), body: JSON.stringify(r.pick(shapes)()) };
}

function hugeStrings(ctx: CorpusContext, r: Rng): HostileRequest {
  const max = ctx.maxBodyBytes;
  const near = () => r.int(50_000, max - 10_000);
  const over = () => r.int(max + 1, max * 3);
  const cases: (() => HostileRequest)[] = [
    () => ({
      category: 'huge-string',
      method: 'POST',
      headers: json(ctx),
      body: gqlBody(
        `mutation($d: String) { createTreasuryOutboundTransfer(input: { financialAccount: "fa_doesNotExist00000000000", destinationPaymentMethod: "pm_doesNotExist00000000000", amount: 100, currency: "usd", description: $d }) { userErrors { code } } }`,
        { d: 'd'.repeat(near()) },
      ),
    }),
    () => ({
      category: 'huge-string',
      method: 'POST',
      headers: json(ctx),
      body: gqlBody(
        `mutation($k: String) { cancelTreasuryOutboundTransfer(input: { id: "obt_doesNotExist0000000000", idempotencyKey: $k }) { userErrors { code } } }`,
        { k: 'k'.repeat(r.int(256, 200_000)) },
      ),
    }),
    () => ({
      category: 'huge-string',
      method: 'POST',
      headers: json(ctx),
      body: gqlBody(`query($id: ID!) { node(id: $id) { id } treasuryOutboundTransfer(id: $id) { id } }`, { id: `obt_${'x'.repeat(near())}` }),
    }),
    () => ({ category: 'huge-string', method: 'POST', headers: json(ctx), body: gqlBody(`{ __typename ${' '.repeat(near())} }`) }),
    () => ({ category: 'huge-string', method: 'POST', headers: json(ctx), body: gqlBody(`# ${'c'.repeat(near())}\n{ __typename }`) }),
    () => ({ category: 'huge-string', method: 'POST', headers: json(ctx), body: gqlBody(`{ treasuryFinancialAccount(id: "${'f'.repeat(near())}") { id } }`) }),
    () => ({
      category: 'huge-header',
      method: 'POST',
      headers: { ...json(ctx, null), authorization: `Bearer ${'s'.repeat(r.int(100, 60_000))}` },
      body: gqlBody('{ __typename }'),
      mayReset: true,
    }),
    () => ({
      category: 'huge-header',
      method: 'POST',
      headers: { ...json(ctx), 'x-junk': 'j'.repeat(r.int(1_000, 80_000)) },
      body: gqlBody('{ __typename }'),
      mayReset: true,
    }),
    () => ({ category: 'oversize-body', method: 'POST', headers: json(ctx), body: gqlBody('{ __typename }', { pad: 'p'.repeat(over()) }), mayReset: true }),
    () => ({
      category: 'oversize-chunked',
      method: 'POST',
      headers: json(ctx),
      body: gqlBody('{ __typename }', { pad: 'p'.repeat(over()) }),
      chunked: true,
      mayReset: true,
    }),
  ];
  return r.pick(cases)();
}

function hugeLists(ctx: CorpusContext, r: Rng): HostileRequest {
  const n = r.int(101, 20_000);
  const cases: (() => string)[] = [
    () => gqlBody(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: n }, (_, i) => `fa_${i}`) }),
    () => gqlBody(`query($t: [String!]) { events(types: $t) { nodes { id } } }`, { t: Array.from({ length: n }, () => 'treasury.*') }),
    () =>
      gqlBody(
        `mutation($c: [Currency!]!) { createTreasuryFinancialAccount(input: { supportedCurrencies: $c, idempotencyKey: "${LONG_KEY}" }) { userErrors { code } } }`,
        { c: Array.from({ length: n }, () => 'usd') },
      ),
    () =>
      gqlBody(
        `mutation($m: JSONObject) { createTreasuryOutboundTransfer(input: { financialAccount: "fa_doesNotExist00000000000", destinationPaymentMethod: "pm_doesNotExist00000000000", amount: 1, currency: "usd", metadata: $m }) { userErrors { code } } }`,
        { m: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])) },
      ),
    () => gqlBody(`query($x: [Int]) { __typename }`, { x: Array.from({ length: n * 5 }, (_, i) => i) }),
    () => gqlBody(`{ nodes(ids: [${Array.from({ length: Math.min(n, 5_000) }, (_, i) => `"fa_${i}"`).join(',')}]) { id } }`),
  ];
  return { category: 'huge-list', method: 'POST', headers: json(ctx), body: r.pick(cases)() };
}

function deepAndAliased(ctx: CorpusContext, r: Rng): HostileRequest {
  const fa = ctx.ids[0]!;
  const cases: (() => string)[] = [
    () => {
      // Real fields, nested past the depth limit.
      let inner = 'id';
      for (let i = 0; i < r.int(7, 60); i++) inner = `financialAccount { outboundTransfers(first: 2) { nodes { ${inner} } } }`;
      return gqlBody(`{ treasuryOutboundTransfers(financialAccount: "${fa}", first: 2) { nodes { ${inner} } } }`);
    },
    () => gqlBody(`{${'a{'.repeat(r.int(100, 20_000))}b${'}'.repeat(1)}${'}'.repeat(1)}`), // unbalanced and deep
    () => {
      const n = r.int(100, 20_000);
      return gqlBody(`{${'a{'.repeat(n)}b${'}'.repeat(n + 1)}`);
    },
    () => {
      const n = r.int(100, 20_000);
      return gqlBody(`{ nodes(ids: ${'['.repeat(n)}"x"${']'.repeat(n)}) { id } }`);
    },
    () => {
      const n = r.int(100, 20_000);
      return gqlBody(
        `mutation { createTreasuryFinancialAccount(input: { supportedCurrencies: ["usd"], idempotencyKey: "${LONG_KEY}", metadata: ${'{a:'.repeat(n)}1${'}'.repeat(n)} }) { userErrors { code } } }`,
      );
    },
    () => {
      const n = r.int(20, 6_000);
      return gqlBody(`{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { __typename ${i < n - 1 ? `...F${i + 1}` : ''} }`).join(' ')}`);
    },
    () => gqlBody(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
    () => {
      const n = r.int(31, 2_000);
      return gqlBody(`{ ${Array.from({ length: n }, (_, i) => `a${i}: treasuryFinancialAccount(id: "${fa}") { id balance { cash { amount } } }`).join(' ')} }`);
    },
    () => gqlBody(`{ ${Array.from({ length: r.int(31, 10_000) }, (_, i) => `t${i}: __typename`).join(' ')} }`),
    () => gqlBody(`{ ${' __typename'.repeat(r.int(1_000, 20_000))} }`),
    () => gqlBody(`{ __typename${' @include(if: true)'.repeat(r.int(2, 20_000))} }`),
    () => gqlBody(`query(${Array.from({ length: r.int(100, 3_000) }, (_, i) => `$v${i}: Int`).join(' ')}) { __typename }`),
    () =>
      gqlBody(
        `{ treasuryFinancialAccounts(first: 100) { nodes { outboundTransfers(first: 100) { nodes { transaction { entries(first: 100) { nodes { transaction { entries(first: 100) { nodes { id } } } } } } } } } } }`,
      ),
    () => gqlBody(`{ events(first: 100) { nodes { id data { object } } } a: events(first: 100) { nodes { id } } b: events(first: 100) { nodes { id } } }`),
  ];
  return { category: 'deep-aliased', method: 'POST', headers: json(ctx), body: r.pick(cases)() };
}

function batched(ctx: CorpusContext, r: Rng): HostileRequest {
  const n = r.int(2, 2_000);
  const cases: (() => string)[] = [
    () => JSON.stringify(Array.from({ length: n }, () => ({ query: '{ __typename }' }))),
    () =>
      JSON.stringify(
        Array.from({ length: n }, () => ({
          query: `mutation { cancelTreasuryOutboundTransfer(input: { id: "obt_doesNotExist0000000000" }) { userErrors { code } } }`,
        })),
      ),
    () => JSON.stringify([]),
    () =>
      gqlBody(
        `query A { __typename } query B { __typename } mutation C { cancelTreasuryOutboundTransfer(input: { id: "obt_doesNotExist0000000000" }) { userErrors { code } } }`,
        undefined,
        r.pick(['A', 'B', 'C', 'D', undefined] as never),
      ),
    () => gqlBody(Array.from({ length: r.int(2, 3_000) }, (_, i) => `query Q${i} { __typename }`).join(' '), undefined, 'Q1'),
    () =>
      gqlBody(
        `mutation { ${Array.from({ length: r.int(2, 200) }, (_, i) => `m${i}: cancelTreasuryOutboundTransfer(input: { id: "obt_doesNotExist${i}" }) { userErrors { code } }`).join(' ')} }`,
      ),
    () => gqlBody(`subscription { events { id } } query { __typename }`),
  ];
  return { category: 'batched', method: 'POST', headers: json(ctx), body: r.pick(cases)() };
}

const INTROSPECTION_FULL = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

function introspection(ctx: CorpusContext, r: Rng): HostileRequest {
  const cases: (() => string)[] = [
    () => gqlBody(INTROSPECTION_FULL, undefined, 'IntrospectionQuery'),
    () => {
      let s = 'name';
      for (let i = 0; i < r.int(2, 40); i++) s = `name fields { name type { ${s} } }`;
      return gqlBody(`{ __schema { types { ${s} } } }`);
    },
    () => {
      let s = 'name';
      for (let i = 0; i < r.int(2, 40); i++) s = `name ofType { ${s} }`;
      return gqlBody(`{ __type(name: "Query") { fields { type { ${s} } } } }`);
    },
    () =>
      gqlBody(
        `{ ${Array.from({ length: r.int(2, 500) }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } } } }`).join(' ')} }`,
      ),
    () =>
      gqlBody(
        `{ ${Array.from({ length: r.int(2, 500) }, (_, i) => `t${i}: __type(name: "${r.pick(['Query', 'Mutation', 'x', '', 'TreasuryOutboundTransfer'])}") { name fields { name } }`).join(' ')} }`,
      ),
    () =>
      gqlBody(
        `{ __schema { types { name possibleTypes { name possibleTypes { name possibleTypes { name interfaces { name possibleTypes { name } } } } } } } }`,
      ),
    () => gqlBody(`{ __typename ${Array.from({ length: r.int(2, 300) }, () => '__schema { queryType { name } }').join(' ')} }`),
  ];
  return { category: 'introspection', method: 'POST', headers: json(ctx, r.chance(0.2) ? null : ctx.key), body: r.pick(cases)() };
}

function protocol(ctx: CorpusContext, r: Rng): HostileRequest {
  const q = encodeURIComponent;
  const cases: (() => HostileRequest)[] = [
    () => ({
      category: 'protocol',
      method: 'GET',
      path: `/graphql?query=${q('mutation { cancelTreasuryOutboundTransfer(input: { id: "obt_x" }) { userErrors { code } } }')}`,
      headers: { authorization: `Bearer ${ctx.key}` },
    }),
    () => ({
      category: 'protocol',
      method: 'GET',
      path: `/graphql?query=${q('{ __typename }')}&variables=${r.pick(['{', '5', '%%%', '[]'])}`,
      headers: { authorization: `Bearer ${ctx.key}` },
    }),
    () => ({ category: 'protocol', method: 'GET', path: `/graphql?query=${'%7B'.repeat(r.int(10, 3_000))}`, headers: { authorization: `Bearer ${ctx.key}` } }),
    () => ({
      category: 'protocol',
      method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']),
      headers: json(ctx),
      body: gqlBody('{ __typename }'),
    }),
    () => ({
      category: 'protocol',
      method: 'POST',
      headers: {
        authorization: `Bearer ${ctx.key}`,
        'content-type': r.pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
          'application/graphql',
          'application/json; charset=utf-16',
          '',
        ]),
      },
      body: r.pick([
        '{ __typename }',
        gqlBody('{ __typename }'),
        '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
        'query=%7B__typename%7D',
      ]),
    }),
    () => ({
      category: 'protocol',
      method: 'POST',
      path: r.pick(['/', '/graphql/', '/graphql/../graphql', '/GRAPHQL', '/healthz?x=1', '/nope', '//graphql', `/graphql?${'x'.repeat(5_000)}`]),
      headers: json(ctx),
      body: gqlBody('{ __typename }'),
    }),
    () => ({
      category: 'auth',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: r.pick([
          '',
          'Bearer',
          'Bearer ',
          'Basic dXNlcjpwYXNz',
          `Bearer ${ctx.key} extra`,
          `bearer ${ctx.key.toUpperCase()}`,
          `Bearer sk_test_${'A'.repeat(40)}`,
          `Bearer sk_live_${'B'.repeat(40)}`,
          'Bearer pk_test_123',
          'Bearer sk_test_ünïcödé0000000000',
        ]),
      },
      body: gqlBody(
        r.pick([
          '{ __typename }',
          '{ treasuryFinancialAccounts { nodes { id } } }',
          'mutation { createCustomer(input: { name: "x" }) { userErrors { code } } }',
        ]),
      ),
    }),
    () => ({
      category: 'auth',
      method: 'POST',
      headers: json(ctx, ctx.otherKey),
      body: gqlBody(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ctx.ids.slice(0, 100) }),
    }),
    () => ({
      category: 'auth',
      method: 'POST',
      headers: json(ctx, ctx.otherKey),
      body: gqlBody(`mutation($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { userErrors { code } } }`, { id: r.pick(ctx.ids) }),
    }),
    () => ({ category: 'protocol', method: 'POST', headers: { ...json(ctx), 'content-length': 'abc' }, body: gqlBody('{ __typename }'), mayReset: true }),
    () => ({
      category: 'protocol',
      method: 'POST',
      headers: { ...json(ctx), 'content-encoding': r.pick(['gzip', 'deflate', 'br', 'bogus']) },
      body: gqlBody('{ __typename }'),
    }),
    () => ({
      category: 'protocol',
      method: 'POST',
      headers: { ...json(ctx), accept: r.pick(['text/event-stream', 'application/graphql-response+json', 'text/html', 'multipart/mixed', '*/*;q=oops']) },
      body: gqlBody(r.pick(['{ __typename }', 'mutation { cancelTreasuryOutboundTransfer(input: { id: "obt_x" }) { userErrors { code } } }'])),
    }),
  ];
  return r.pick(cases)();
}

const CATEGORIES: [number, (ctx: CorpusContext, r: Rng) => HostileRequest][] = [
  [3, schemaMutation],
  [2, schemaQuery],
  [2, malformedJson],
  [2, wrongTypes],
  [1, hugeStrings],
  [1, hugeLists],
  [2, deepAndAliased],
  [1, batched],
  [1, introspection],
  [1, protocol],
];

export function* corpus(ctx: CorpusContext, r: Rng, count: number): Generator<HostileRequest> {
  const total = CATEGORIES.reduce((n, [w]) => n + w, 0);
  for (let i = 0; i < count; i++) {
    let roll = r.next() * total;
    const gen = CATEGORIES.find(([w]) => (roll -= w) < 0)?.[1] ?? schemaQuery;
    yield gen(ctx, r);
  }
}
