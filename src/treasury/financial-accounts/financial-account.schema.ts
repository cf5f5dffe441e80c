import type Stripe from 'stripe';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { typeRef } from '../../graphql/type-refs.js';
import { badUserInput } from '../../kernel/query-errors.js';
import { BALANCE_KIND } from '../../ledger/ledger.js';
import { financialAccounts } from './financial-account.resource.js';

/**
 * What the spec does not describe for FinancialAccounts: Stripe's retrieveFeatures (a GET of the
 * account's `features` hash) and the balance subscription.
 */
type StripeFinancialAccount = Stripe.Treasury.FinancialAccount;
export const FinancialAccountRef = typeRef<StripeFinancialAccount>(financialAccounts.typeName);
const FeaturesRef = typeRef<Stripe.Treasury.FinancialAccountFeatures>('TreasuryFinancialAccountFeatures');
const BalanceRef = typeRef<StripeFinancialAccount['balance']>('TreasuryFinancialAccountBalance');

/** The FinancialAccount a list filter names, or Stripe's resource_missing (as a GraphQL error on the argument). */
export async function requireFinancialAccount(ctx: Context, id: string): Promise<StripeFinancialAccount> {
  const fa = await ctx.loaders.of<StripeFinancialAccount>(financialAccounts.typeName).load(id);
  if (!fa) throw badUserInput('resource_missing', `No such financial account: '${id}'`, ['financialAccount']);
  return fa;
}

builder.queryFields((t) => ({
  treasuryFinancialAccountFeatures: t.field({
    type: FeaturesRef,
    nullable: true,
    description: "A FinancialAccount's Features (Stripe's retrieveFeatures), or null when the account is not visible.",
    args: { financialAccount: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) =>
      (await ctx.loaders.of<StripeFinancialAccount>(financialAccounts.typeName).load(String(args.financialAccount)))?.features ?? null,
  }),
}));

builder.subscriptionFields((t) => ({
  treasuryFinancialAccountBalanceUpdated: t.field({
    type: BalanceRef,
    description: "The FinancialAccount's balance after each committed change to it.",
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(
        ctx,
        BALANCE_KIND,
        String(id),
        async (fid) => (await financialAccounts.load(ctx.services.database.db, ctx.scope, [fid])).get(fid)?.balance as never,
      ),
    resolve: (b) => b as StripeFinancialAccount['balance'],
  }),
}));
