/**
 * The one error type services throw. Its code and type are Stripe's; `param` is the path into the
 * mutation input. Throwing aborts the database transaction, so a refused command writes nothing.
 */
export type StripeErrorType = 'invalid_request_error' | 'idempotency_error' | 'api_error' | 'card_error';

export class StripeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly param: string[] | null = null,
    readonly type: StripeErrorType = 'invalid_request_error',
  ) {
    super(message);
    this.name = 'StripeError';
  }
}

export const resourceMissing = (resource: string, id: string, param: string[] = ['id']) =>
  new StripeError('resource_missing', `No such ${resource}: '${id}'`, param);

export const parameterMissing = (param: string[]) => new StripeError('parameter_missing', `Missing required param: ${param.join('.')}.`, param);

export const parameterInvalid = (param: string[], message: string, code = 'parameter_invalid') => new StripeError(code, message, param);

export const invalidState = (message: string, param: string[] | null = null) => new StripeError('invalid_state', message, param);

export const insufficientFunds = (message = 'The FinancialAccount has insufficient funds for this request.') =>
  new StripeError('insufficient_funds', message, ['amount']);

export const idempotencyKeyInUse = (key: string) =>
  new StripeError(
    'idempotency_key_in_use',
    `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    ['idempotencyKey'],
    'idempotency_error',
  );

/** Stripe's answer to a request whose key another request is still running with. */
export const idempotencyKeyInProgress = (key: string) =>
  new StripeError(
    'idempotency_key_in_use',
    `There is currently another in-progress request using this idempotency key ('${key}'): that probably means you submitted twice, and the other request is still going through. Please try again later.`,
    ['idempotencyKey'],
    'idempotency_error',
  );

export const testModeOnly = (resource: string) =>
  new StripeError('livemode_mismatch', `Test helpers can only be used on test mode ${resource} objects.`, ['id']);
