import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { StripeError } from '../kernel/errors.js';
import { log } from '../kernel/log.js';
import { builder } from './builder.js';

export interface UserErrorShape {
  code: string;
  type: string;
  message: string;
  field: string[] | null;
}

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: "A refused input: Stripe's error code and type, and the path into `input` it concerns. Nothing was written.",
  fields: (t) => ({
    code: t.exposeString('code', { description: "Stripe's error code (`resource_missing`, `insufficient_funds`, …)." }),
    type: t.exposeString('type', { description: "Stripe's error type (`invalid_request_error`, `idempotency_error`, …)." }),
    message: t.exposeString('message', { description: 'What went wrong, for a developer.' }),
    field: t.exposeStringList('field', { nullable: true, description: 'The path into `input` of the parameter at fault, when there is one.' }),
  }),
});

type PayloadShape<T> = { object: T | null; userErrors: UserErrorShape[] };

/** `{ <field>: Type, userErrors: [UserError!]! }`, the shape of every mutation's result. */
export function payloadType<T>(name: string, field: string, ref: ObjectRef<any, T>) {
  return builder.objectRef<PayloadShape<T>>(name).implement({
    description: `What ${name.replace(/Payload$/, '').replace(/^\w/, (c) => c.toLowerCase())} answers: the object, or the userErrors that refused the input (then nothing was written).`,
    fields: (t) => ({
      [field]: t.field({
        type: ref,
        nullable: true,
        description: 'The object after the operation; null when userErrors refused it.',
        resolve: (p) => p.object as never,
      }),
      userErrors: t.field({ type: [UserErrorRef], description: "Stripe's errors for a refused input; empty on success.", resolve: (p) => p.userErrors }),
    }),
  });
}

/** Runs a service call; a StripeError becomes userErrors, anything else is masked and logged. */
export async function toPayload<T>(run: () => Promise<T>): Promise<PayloadShape<T>> {
  try {
    return { object: await run(), userErrors: [] };
  } catch (err) {
    if (err instanceof StripeError) return { object: null, userErrors: [{ code: err.code, type: err.type, message: err.message, field: err.param }] };
    if (err instanceof GraphQLError) throw err;
    log.error({ err }, 'mutation failed');
    throw err;
  }
}
