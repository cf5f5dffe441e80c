import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import { parameterMissing, StripeError } from '../../kernel/errors.js';

/**
 * A card PaymentMethod, as far as forwarding and the Terminal reader flow need: Stripe's public card
 * details (brand, funding, last4, expiry, fingerprint) from the number, and the secret parts (number,
 * CVC) handed to the vault (card-vault.ts), never stored in the clear.
 *
 * In test mode only Stripe's documented test card numbers are accepted (as on Stripe: "Your request
 * was in test mode, but used a non test card"); in live mode any number passing the Luhn check.
 */
export interface TestCard {
  number: string;
  brand: string;
  funding: 'credit' | 'debit' | 'prepaid';
  country: string;
  /** How a payment with the card ends (Stripe's decline test cards); absent: it succeeds. */
  decline?: { code: string; decline_code: string; message: string };
}

const declined = (decline_code: string, message: string) => ({ code: 'card_declined', decline_code, message });

/** Stripe's test card numbers (docs.stripe.com/testing), by number. */
export const TEST_CARDS: readonly TestCard[] = [
  { number: '4242424242424242', brand: 'visa', funding: 'credit', country: 'US' },
  { number: '4000056655665556', brand: 'visa', funding: 'debit', country: 'US' },
  { number: '5555555555554444', brand: 'mastercard', funding: 'credit', country: 'US' },
  { number: '2223003122003222', brand: 'mastercard', funding: 'credit', country: 'US' },
  { number: '5200828282828210', brand: 'mastercard', funding: 'debit', country: 'US' },
  { number: '5105105105105100', brand: 'mastercard', funding: 'prepaid', country: 'US' },
  { number: '378282246310005', brand: 'amex', funding: 'credit', country: 'US' },
  { number: '371449635398431', brand: 'amex', funding: 'credit', country: 'US' },
  { number: '6011111111111117', brand: 'discover', funding: 'credit', country: 'US' },
  { number: '6011000990139424', brand: 'discover', funding: 'credit', country: 'US' },
  { number: '6011981111111113', brand: 'discover', funding: 'debit', country: 'US' },
  { number: '3056930009020004', brand: 'diners', funding: 'credit', country: 'US' },
  { number: '36227206271667', brand: 'diners', funding: 'credit', country: 'US' },
  { number: '3566002020360505', brand: 'jcb', funding: 'credit', country: 'JP' },
  { number: '6200000000000005', brand: 'unionpay', funding: 'credit', country: 'CN' },
  { number: '4000000000000002', brand: 'visa', funding: 'credit', country: 'US', decline: declined('generic_decline', 'Your card was declined.') },
  {
    number: '4000000000009995',
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  },
  { number: '4000000000009987', brand: 'visa', funding: 'credit', country: 'US', decline: declined('lost_card', 'Your card was declined.') },
  { number: '4000000000009979', brand: 'visa', funding: 'credit', country: 'US', decline: declined('stolen_card', 'Your card was declined.') },
];
const byNumber = new Map(TEST_CARDS.map((c) => [c.number, c]));
export const testCardOf = (number: string) => byNumber.get(number);

/** Stripe's magic test PaymentMethods for cards (`pm_card_visa`, …): the test card each stands for. */
export const MAGIC_CARD_PAYMENT_METHODS: Readonly<Record<string, string>> = {
  pm_card_visa: '4242424242424242',
  pm_card_visa_debit: '4000056655665556',
  pm_card_mastercard: '5555555555554444',
  pm_card_mastercard_debit: '5200828282828210',
  pm_card_mastercard_prepaid: '5105105105105100',
  pm_card_amex: '378282246310005',
  pm_card_discover: '6011111111111117',
  pm_card_diners: '3056930009020004',
  pm_card_jcb: '3566002020360505',
  pm_card_unionpay: '6200000000000005',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
};

export function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The brand by the number's leading digits (live-mode numbers; test numbers carry theirs). */
function brandOf(number: string): string {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^(6011|64[4-9]|65)/.test(number)) return 'discover';
  if (/^(30[0-5]|36|38)/.test(number)) return 'diners';
  if (/^35/.test(number)) return 'jcb';
  if (/^62/.test(number)) return 'unionpay';
  return 'unknown';
}

const cardError = (code: string, message: string, param: string[]) => new StripeError(code, message, param, 'card_error');

export type CardDetails = Pick<
  Stripe.PaymentMethod.Card,
  | 'brand'
  | 'checks'
  | 'country'
  | 'display_brand'
  | 'exp_month'
  | 'exp_year'
  | 'fingerprint'
  | 'funding'
  | 'generated_from'
  | 'last4'
  | 'networks'
  | 'regulated_status'
  | 'three_d_secure_usage'
  | 'wallet'
>;

/** What the vault keeps of a card: never shown, never stored in the clear. */
export interface CardSecret {
  number: string;
  cvc: string | null;
}

/** The public details Stripe shows of a card. */
export function cardDetails(number: string, exp_month: number, exp_year: number, cvcGiven: boolean): CardDetails {
  const test = testCardOf(number);
  const brand = test?.brand ?? brandOf(number);
  return {
    brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: cvcGiven ? 'unchecked' : null },
    country: test?.country ?? null,
    display_brand: brand,
    exp_month,
    exp_year,
    fingerprint: createHash('sha256').update(`card:${number}`).digest('base64url').slice(0, 16),
    funding: test?.funding ?? 'unknown',
    generated_from: null,
    last4: number.slice(-4),
    networks: { available: [brand], preferred: null },
    regulated_status: 'unregulated',
    three_d_secure_usage: { supported: true },
    wallet: null,
  };
}

/**
 * A card PaymentMethod's fields from Stripe's `card` param (number, exp_month, exp_year, cvc), checked
 * with Stripe's card error codes; `now` decides whether the card has expired.
 */
export function cardOf(input: Record<string, any>, livemode: boolean, now: Date): { card: CardDetails; secret: CardSecret } {
  const card = input.card;
  if (!card) throw parameterMissing(['card']);
  if (card.token != null) throw cardError('parameter_unknown', 'Card tokens are not served: pass the card number, expiry and CVC.', ['card', 'token']);
  const number = String(card.number ?? '').replace(/[\s-]/g, '');
  if (!number) throw parameterMissing(['card', 'number']);
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) throw cardError('incorrect_number', 'Your card number is incorrect.', ['card', 'number']);
  if (!livemode && !testCardOf(number))
    throw cardError('card_declined', 'Your card was declined. Your request was in test mode, but used a non test card.', ['card', 'number']);
  if (card.exp_month == null) throw parameterMissing(['card', 'exp_month']);
  if (card.exp_year == null) throw parameterMissing(['card', 'exp_year']);
  const month = Number(card.exp_month);
  let year = Number(card.exp_year);
  if (year < 100) year += 2000;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw cardError('invalid_expiry_month', "Your card's expiration month is invalid.", ['card', 'exp_month']);
  const thisYear = now.getUTCFullYear();
  if (!Number.isInteger(year) || year < thisYear || year > thisYear + 50)
    throw cardError('invalid_expiry_year', "Your card's expiration year is invalid.", ['card', 'exp_year']);
  if (year === thisYear && month < now.getUTCMonth() + 1) throw cardError('expired_card', 'Your card has expired.', ['card', 'exp_month']);
  const cvc = card.cvc == null ? null : String(card.cvc);
  if (cvc !== null && !(brandOf(number) === 'amex' ? /^\d{4}$/ : /^\d{3}$/).test(cvc))
    throw cardError('invalid_cvc', "Your card's security code is invalid.", ['card', 'cvc']);
  return { card: cardDetails(number, month, year, cvc !== null), secret: { number, cvc } };
}
