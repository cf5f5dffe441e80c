import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError, type ValidationContext } from 'graphql';

const LIMIT_CODES: [RegExp, string][] = [
  [/depth limit/i, 'QUERY_TOO_DEEP'],
  [/aliases limit/i, 'QUERY_TOO_MANY_ALIASES'],
  [/cost limit/i, 'QUERY_TOO_COSTLY'],
];

// graphql-armor throws a refusal out of validation by default, which skips the code mapping below
// (the client got no extensions.code): report it as a validation error instead.
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)] };

/** Depth, alias and cost limits (graphql-armor), enforced at validation: a refused query never executes. */
export function limitPlugins(opts: { maxDepth: number; maxAliases: number; maxCost: number }): Plugin[] {
  return [
    maxDepthPlugin({ n: opts.maxDepth, ignoreIntrospection: true, errorMessage: 'Query depth limit exceeded.', ...report }),
    maxAliasesPlugin({ n: opts.maxAliases, errorMessage: 'Query aliases limit exceeded.', ...report }),
    costLimitPlugin({ maxCost: opts.maxCost, errorMessage: 'Query cost limit exceeded.', ...report }),
    {
      // Give every validation failure a machine-readable code.
      onValidate:
        () =>
        ({ result, setResult }) => {
          if (!result.length) return;
          setResult(
            result.map((err) => {
              const code = LIMIT_CODES.find(([re]) => re.test(err.message))?.[1] ?? 'GRAPHQL_VALIDATION_FAILED';
              // armor prefixes its refusals with "Syntax Error: ", which they are not.
              return new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { nodes: err.nodes, extensions: { ...err.extensions, code } });
            }),
          );
        },
    },
  ];
}
