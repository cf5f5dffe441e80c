import type Stripe from 'stripe';
import { invalidState } from '../../kernel/errors.js';
import { defineResource } from '../../layer/resource.js';
import { issuingTokens } from './token.table.js';

/**
 * Token: a card added to a digital wallet. Stripe creates tokens when a wallet provisions a card and
 * has no endpoint or test helper that makes one, so none exist here yet; the list (by card), retrieve
 * and the status update are served. Update: active ⇄ suspended, and deleted (final).
 */
export type TokenRecord = Omit<Stripe.Issuing.Token, 'card'> & { card: string };

export const tokens = defineResource<TokenRecord>({
  object: 'issuing.token',
  table: issuingTokens,
  list: { required: ['card'] },
  connections: [{ on: 'issuing.card', by: 'card', field: 'tokens' }],
  update: {
    endpoint: 'update',
    guard({ input, record }) {
      if (record.status === 'deleted') throw invalidState('This token is deleted and can no longer change.');
      if (record.status === 'requested' && input.status !== 'deleted') throw invalidState('A requested token can only be deleted.');
    },
    apply: ({ input, cmd }) => ({ status: input.status, network_updated_at: Math.floor(cmd.now.getTime() / 1000) }),
    event: 'issuing_token.updated',
  },
});
