import { builder } from './builder.js';

/** A Stripe string enum as a GraphQL enum: values upper-cased, dots to underscores; resolvers keep Stripe's strings. */
export function stripeEnum<const T extends string>(name: string, values: readonly T[], description?: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/\./g, '_'), { value: v }])) as Record<string, { value: T }>,
  });
}
