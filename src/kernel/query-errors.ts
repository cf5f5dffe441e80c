import { GraphQLError } from 'graphql';

/**
 * Errors in query/subscription arguments (mutations report userErrors instead): extensions.code is
 * BAD_USER_INPUT, extensions.stripeCode Stripe's error code, extensions.param the argument path.
 */
export function badUserInput(stripeCode: string, message: string, param: string[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', stripeCode, type: 'invalid_request_error', param, http: { status: 400 } },
  });
}

/** HTTP 401. `reason` tells a missing key (`api_key_missing`) from a wrong one (`api_key_invalid`). */
export function unauthenticated(message: string, reason: 'api_key_missing' | 'api_key_invalid' = 'api_key_invalid'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', type: 'invalid_request_error', reason, http: { status: 401 } } });
}
