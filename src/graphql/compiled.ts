import { getOperationAST, getVariableValues, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter: the deep-read
 * page of 100 cost about a quarter less server CPU this way, with the same answer and the same planned
 * statement (docs/benchmarks.md, "graphql-jit"). Only queries: mutations spend their CPU in the write
 * path, and subscriptions keep graphql-js. Variables are coerced by graphql-js first and any variable
 * error is left to graphql-js, whose messages are the API's (graphql-jit words them differently).
 * A document is compiled once: the parser cache hands out the same DocumentNode for the same text.
 */
export function compiledQueriesPlugin(): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  return {
    onExecute({ args, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation !== 'query') return;
      const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (variables.errors) return;
      let byName = compiled.get(args.document);
      if (!byName) compiled.set(args.document, (byName = new Map()));
      const name = args.operationName ?? '';
      let query = byName.get(name);
      if (query === undefined) {
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        query = isCompiledQuery(result) ? result : null; // not compilable: graphql-js runs it
        byName.set(name, query);
      }
      if (!query) return;
      const run = query;
      setExecuteFn((a) => run.query(a.rootValue, a.contextValue, a.variableValues) as never);
    },
  };
}
