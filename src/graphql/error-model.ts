import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * One error model (docs/api-conventions.md, "Errors"): a mutation's refused input is `userErrors`
 * (HTTP 200, nothing written); anything that stops an operation from running is an entry of
 * `errors` whose extensions carry a GraphQL `code`, Stripe's error `type`, Stripe's error code as
 * `stripeCode` whenever the input is at fault, and `param` when one argument is. This plugin fills
 * in what graphql-js and yoga leave out (validation and parse errors have no Stripe code and are
 * sent with HTTP 200 to plain JSON clients), so every path answers the same way.
 */

/** Errors caused by the request's own input: HTTP 400, a Stripe code, invalid_request_error. */
const INPUT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY', 'PAYLOAD_TOO_LARGE']);

function stripeType(code: string | undefined): string {
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') return 'api_error';
  return 'invalid_request_error';
}

/** The same error with the model's extensions filled in (existing values win). */
export function normalizeError(error: GraphQLError): GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  const ext = error.extensions ?? {};
  const code = (ext.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const added: Record<string, unknown> = {};
  if (ext.code === undefined) added.code = code;
  if (ext.type === undefined) added.type = stripeType(code);
  const http = ext.http as { status?: number; spec?: boolean } | undefined;
  // yoga marks spec errors so plain application/json clients get 200; Stripe answers bad input with 400, and so do we, whatever Accept says.
  const needs400 = http?.status === undefined || http.spec === true;
  if (INPUT_CODES.has(code)) {
    if (ext.stripeCode === undefined) added.stripeCode = 'parameter_invalid';
    if (needs400) added.http = { status: 400 };
  } else if (LIMIT_CODES.has(code) && needs400) added.http = { status: 400 };
  if (Object.keys(added).length === 0) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...ext, ...added },
  });
}

export function errorModelPlugin(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // Streams (subscriptions over SSE) carry their errors per event; single results are normalized here.
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((e) => normalizeError(e as GraphQLError)) });
    },
  };
}
