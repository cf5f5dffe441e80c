import { builder } from '../../graphql/builder.js';
import { MoneyRef } from '../../graphql/scalars.js';
import { ISSUING_BALANCE_KIND, issuingBalanceOf, type IssuingBalance } from './issuing-balance.js';

/**
 * The Issuing balance (docs/decisions/issuing.md): Stripe shows it as `issuing.available` of the
 * account's Balance (`GET /v1/balance`), an object outside the vendored spec; here it is its own small
 * type, with what pending authorizations hold beside it.
 */
const IssuingBalanceRef = builder.objectRef<IssuingBalance>('IssuingBalance').implement({
  description:
    "The account's Issuing balance: what cards without a Treasury FinancialAccount spend from (Stripe's `balance.issuing`). Funded by bank transfer to the funding instructions (in test mode, `testHelpersFundIssuingBalance`).",
  fields: (t) => ({
    available: t.field({
      type: [MoneyRef],
      description: 'Funds available to authorize, per currency (pending authorizations are already taken out).',
      resolve: (b) => b.available,
    }),
    held: t.field({ type: [MoneyRef], description: 'What pending authorizations hold, per currency.', resolve: (b) => b.held }),
  }),
});

builder.queryFields((t) => ({
  issuingBalance: t.field({
    type: IssuingBalanceRef,
    description: "The caller's Issuing balance (Stripe's `balance.issuing`) in the key's mode.",
    resolve: (_r, _a, ctx) => issuingBalanceOf(ctx.services.database.db, ctx.scope),
  }),
}));

builder.subscriptionFields((t) => ({
  issuingBalanceUpdated: t.field({
    type: IssuingBalanceRef,
    description: "The caller's Issuing balance after each committed change to it.",
    subscribe: (_r, _a, ctx) => {
      const id = `${ctx.scope.accountId}:${ctx.scope.livemode}`;
      return ctx.services.hub.streamObject<IssuingBalance>(ctx.scope, ISSUING_BALANCE_KIND, id, () => issuingBalanceOf(ctx.services.database.db, ctx.scope));
    },
    resolve: (b) => b,
  }),
}));
