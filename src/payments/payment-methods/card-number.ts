import type { Executor } from '../../db/client.js';
import { MAGIC_CARD_PAYMENT_METHODS, testCardOf, type CardSecret, type TestCard } from './card.js';
import { openCard } from './card-vault.js';
import type { CardPaymentMethodRecord } from './payment-method.table.js';

/** A card PaymentMethod's number and CVC: from the vault, or Stripe's public test number for a magic `pm_card_…`. */
export async function cardSecretOf(ex: Executor, pm: CardPaymentMethodRecord): Promise<CardSecret> {
  if (pm.card_vault) return openCard(ex, pm.id, pm.card_vault);
  return { number: MAGIC_CARD_PAYMENT_METHODS[pm.id] ?? '', cvc: null };
}

/** How a payment with this card ends in test mode: Stripe's decline test cards decline, every other card succeeds. */
export async function declineOf(ex: Executor, pm: CardPaymentMethodRecord): Promise<TestCard['decline'] | null> {
  return testCardOf((await cardSecretOf(ex, pm)).number)?.decline ?? null;
}
