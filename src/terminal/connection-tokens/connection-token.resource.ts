import type Stripe from 'stripe';
import { randomBase62 } from '../../kernel/ids.js';
import { defineResource } from '../../layer/resource.js';
import { terminalConnectionTokens } from './connection-token.table.js';

/**
 * Terminal ConnectionToken: the short-lived secret a Terminal SDK uses to connect to readers,
 * optionally limited to the readers of one Location (the Location must be the caller's). Stripe shows
 * it without an id; here it keeps its row's so it is a Node like every type (docs/decisions/terminal.md).
 */
export type ConnectionTokenRecord = Stripe.Terminal.ConnectionToken & { id: string; created: number; livemode: boolean };

export const terminalConnectionTokensResource = defineResource<ConnectionTokenRecord>({
  object: 'terminal.connection_token',
  table: terminalConnectionTokens,
  refs: { location: 'terminal.location' },
  create: {
    async build({ cmd, input, lock }) {
      const location = input.location != null ? (await lock('terminal.location', input.location, ['location'])).id : undefined;
      return {
        ...(location ? { location } : {}),
        secret: `pst_${cmd.scope.livemode ? 'live' : 'test'}_${randomBase62(48)}`,
      };
    },
    // Stripe announces no event for a ConnectionToken.
    event: null,
  },
  examples: {
    create: async (fx) => ({ location: (await fx.create('terminal.location')).id }),
  },
});
