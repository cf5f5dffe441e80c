import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Request-level refusals found by the hostile-input suite (test/reliability): each turns a request
 * that used to end in a masked INTERNAL_SERVER_ERROR (HTTP 500) or an error without a code into a
 * documented refusal, before anything executes.
 */

const tooDeep = () => new GraphQLError('The query is nested too deeply to process.', { extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } } });

/** Deepest nesting of objects and lists in `variables` (JSON that deep is not an API input). */
const MAX_VARIABLES_DEPTH = 32;

/**
 * What `variables` may not hold: strings with a lone UTF-16 surrogate (not storable as UTF-8 text),
 * or nesting deeper than MAX_VARIABLES_DEPTH. Walked without recursion, so depth cannot overflow the stack.
 */
/** String.prototype.isWellFormed (Node 20; ES2024, past this project's lib). */
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

function variablesProblem(variables: unknown): string | null {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (!wellFormed(value)) return 'Strings must be valid Unicode: a lone surrogate (such as \\ud800) cannot be stored.';
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_VARIABLES_DEPTH) return `Variables may be nested at most ${MAX_VARIABLES_DEPTH} levels deep.`;
      for (const [k, v] of Object.entries(value)) {
        if (!wellFormed(k)) return 'Strings must be valid Unicode: a lone surrogate (such as \\ud800) cannot be stored.';
        stack.push([v, depth + 1]);
      }
    }
  }
  return null;
}

/** A NUL character (\u0000) in a GraphQL string literal (an odd run of backslashes before the escape). */
const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u(?:0000|\{0+\})/i;

/**
 * graphql-yoga caches parsed documents (and parse errors) by query text: by default 1,024 entries of
 * any size for an hour. A parsed document takes 50-80 times its text in memory, so unique large
 * queries (1 MB each) grew the server by gigabytes until it ran out of memory. This cache keeps only
 * documents up to `maxEntryChars`, within a total text budget, least recently used first out.
 */
export function boundedDocumentCache<T>(opts: { maxEntries?: number; maxEntryChars?: number; maxTotalChars?: number } = {}) {
  const { maxEntries = 1_000, maxEntryChars = 20_000, maxTotalChars = 1_000_000 } = opts;
  const entries = new Map<string, T>();
  let total = 0;
  return {
    get(key: string): T | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: T) {
      if (key.length > maxEntryChars) return;
      if (entries.delete(key)) total -= key.length;
      entries.set(key, value);
      total += key.length;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && total <= maxTotalChars) break;
        entries.delete(oldest);
        total -= oldest.length;
      }
    },
  };
}

export const parserCache = () => ({ documentCache: boundedDocumentCache<DocumentNode>(), errorCache: boundedDocumentCache<unknown>() });

export function hardeningPlugins(opts: { maxTokens: number; introspection: boolean }): Plugin[] {
  return [
    {
      // A malformed `variables` / `extensions` JSON in a GET query string threw a SyntaxError (500).
      onRequestParse: ({ requestParser, setRequestParser }) => {
        if (!requestParser) return;
        setRequestParser(async (request) => {
          try {
            return await requestParser(request);
          } catch (err) {
            if (err instanceof SyntaxError)
              throw new GraphQLError('The request has malformed JSON in its query string.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
            throw err;
          }
        });
      },
      // PostgreSQL text and jsonb cannot hold NUL: such a string failed deep in SQL (500).
      onParams: ({ params, setResult }) => {
        const problem = variablesProblem(params.variables);
        if (problem) {
          setResult({
            errors: [
              new GraphQLError(problem, {
                extensions: { code: 'BAD_USER_INPUT', stripeCode: 'parameter_invalid', type: 'invalid_request_error', http: { status: 400 } },
              }),
            ],
          });
          return;
        }
        const nulInVariables = params.variables != null && JSON.stringify(params.variables).includes('\\u0000');
        if (nulInVariables || (typeof params.query === 'string' && NUL_ESCAPE.test(params.query)))
          setResult({
            errors: [
              new GraphQLError('Strings may not contain NUL (\\u0000) characters.', {
                extensions: { code: 'BAD_USER_INPUT', stripeCode: 'parameter_invalid', type: 'invalid_request_error', http: { status: 400 } },
              }),
            ],
          });
      },
      // Deeply nested documents overflowed the stack in the parser or in validation (500).
      onParse: ({ parseFn, setParseFn }) => {
        // maxTokens: the parser stops at the limit, so a huge document (repeated directives) costs little.
        setParseFn((source, options) => {
          try {
            return parseFn(source, { ...options, maxTokens: opts.maxTokens });
          } catch (err) {
            if (err instanceof RangeError) throw tooDeep();
            throw err;
          }
        });
      },
      onValidate: ({ validateFn, setValidationFn, addValidationRule }) => {
        // Introspection off (production default, docs/security.md): `__schema` and `__type` fail validation.
        if (!opts.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
        setValidationFn((schema, document, rules, typeInfo, options) => {
          try {
            return validateFn(schema, document, rules, typeInfo, options);
          } catch (err) {
            if (err instanceof RangeError) return [tooDeep()];
            throw err;
          }
        });
      },
      // Variables that do not coerce to their types (graphql-js request errors) came without a code.
      onExecute: () => ({
        onExecuteDone: ({ result, setResult }) => {
          if (Symbol.asyncIterator in result || !result.errors?.length || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((e) =>
              e.extensions?.code || e.path
                ? e
                : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } } }),
            ),
          });
        },
      }),
    },
  ];
}
