import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { typeRef } from '../../graphql/type-refs.js';
import { runAction } from '../../layer/actions.js';
import { enumValueName } from '../../layer/naming.js';
import { TEST_ACCOUNTS } from '../shared/test-institution.js';
import { fcSessions } from './session.resource.js';

/**
 * Stripe's test-mode linking flow has no API endpoint: this mutation does what the hosted linking
 * page does, for automated tests — the user links accounts of the test institution.
 */
const TestAccount = builder.enumType('FinancialConnectionsTestAccount', {
  description: "An account of fingraph's test institution (StripeBank): what refreshes of the linked Account find.",
  values: Object.fromEntries(
    TEST_ACCOUNTS.map((a) => [
      enumValueName(a.key),
      {
        value: a.key,
        description: `${a.display_name} (${a.subcategory}, ••••${a.account_number.slice(-4)})${a.failsRefresh ? ': refreshes fail' : ''}${a.becomesInactive ? ': its first refresh finds the connection broken (the Account turns inactive)' : ''}.`,
      },
    ]),
  ),
});

const LinkInput = builder.inputType('TestHelpersLinkFinancialConnectionsSessionInput', {
  description: 'The input of `testHelpersLinkFinancialConnectionsSession`: the session and the accounts the user links.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The Session (not yet completed).' }),
    accounts: t.field({
      type: [TestAccount],
      description: "The test institution's accounts to link; default every account the session's filters and permissions allow.",
    }),
    idempotencyKey: t.string({ description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).' }),
  }),
});

builder.mutationField('testHelpersLinkFinancialConnectionsSession', (t) =>
  t.field({
    type: payloadType('TestHelpersLinkFinancialConnectionsSessionPayload', fcSessions.fieldName, typeRef<Record<string, unknown>>(fcSessions.typeName)),
    description:
      'Test mode: completes a Session as the user would on the hosted linking page. Each chosen account becomes a FinancialConnectionsAccount (`financial_connections.account.created`); `prefetch` features start refreshing.',
    args: { input: t.arg({ type: LinkInput, required: true, description: 'The session and the accounts.' }) },
    resolve: (_r, { input }, ctx: Context) => {
      const { idempotencyKey, ...rest } = input;
      return toPayload(() =>
        runAction(
          fcSessions,
          'link',
          { db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId },
          {
            operation: 'testHelpersLinkFinancialConnectionsSession',
            hashInput: rest,
            idempotencyKey: idempotencyKey ?? null,
            params: { id: String(input.id), ...(input.accounts ? { accounts: input.accounts } : {}) },
          },
        ),
      );
    },
  }),
);
