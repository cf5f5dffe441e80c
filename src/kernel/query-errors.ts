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

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
