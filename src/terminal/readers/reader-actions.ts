import type Stripe from 'stripe';
import { createIn, transition } from '../../layer/actions.js';
import type { ActionContext } from '../../layer/resource.js';
import { invalidState, parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { cardDetails, testCardOf } from '../../payments/payment-methods/card.js';
import { paymentMethodsResource, type AnyPaymentMethodRecord } from '../../payments/payment-methods/payment-method.resource.js';
import { declineError, payIntent, paymentIntentsResource, type PaymentIntentRecord } from '../../payments/payment-intents/payment-intent.resource.js';
import { refundsResource } from '../../payments/refunds/refund.resource.js';
import { setupIntentsResource, type SetupIntentRecord } from '../../payments/setup-intents/setup-intent.resource.js';

/**
 * What a reader's action does when it ends: the card presented (test helper) pays the PaymentIntent,
 * saves the card of the SetupIntent or refunds the payment; inputs are filled in or time out; a cancel
 * ends it failed. Each runs inside the reader action's command: the intent's change, its events and
 * the reader's are one transaction.
 */
/** A Reader as stored: Stripe's object with its location as an id. */
export type ReaderRecord = Stripe.Terminal.Reader & { created: number; location: string | null };
type Ctx = ActionContext<ReaderRecord>;
type Action = Stripe.Terminal.Reader.Action;

export function startAction(type: Action['type'], details: Record<string, unknown>): Partial<ReaderRecord> {
  return { action: { type, status: 'in_progress', failure_code: null, failure_message: null, api_error: null, [type]: details } as Action };
}

/** The event of an action that ended: Stripe's action_succeeded / action_failed. */
export const actionEvent = (r: ReaderRecord) =>
  r.action?.status === 'succeeded' ? 'terminal.reader.action_succeeded' : r.action?.status === 'failed' ? 'terminal.reader.action_failed' : null;

const ended = (action: Action, details: Record<string, unknown>, failure?: { code: string; message: string } | null): Partial<ReaderRecord> => ({
  action: {
    ...action,
    [action.type]: { ...(action as unknown as Record<string, object>)[action.type], ...details },
    status: failure ? 'failed' : 'succeeded',
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
  } as Action,
});

function current(ctx: Ctx, types: readonly Action['type'][], what: string): Action {
  const action = ctx.record.action;
  if (action?.status !== 'in_progress' || !types.includes(action.type))
    throw invalidState(`The reader has no ${what} in progress (its action is ${action ? `${action.type}, ${action.status}` : 'none'}).`);
  return action;
}

const details = (action: Action) => (action as unknown as Record<string, Record<string, any>>)[action.type]!;

export function cancelAction(ctx: Ctx): Partial<ReaderRecord> {
  const action = ctx.record.action;
  if (action?.status !== 'in_progress') throw invalidState('The reader has no action in progress to cancel.');
  return ended(action, {}, { code: 'canceled', message: 'The action was canceled through the API (cancel_action).' });
}

/** A card presented to the reader (test helper present_payment_method) ends the action that waits for one. */
export async function presentPaymentMethod(ctx: Ctx): Promise<Partial<ReaderRecord>> {
  const { cmd, input } = ctx;
  const action = current(ctx, ['process_payment_intent', 'process_setup_intent', 'collect_payment_method', 'refund_payment'], 'action waiting for a card');
  const type: string = input.type ?? 'card_present';
  if (type === 'interac_present') throw parameterInvalid(['type'], 'Interac cards are not modelled here: present a card or card_present.');
  if (type === 'card' && !input.card) throw parameterMissing(['card']);
  const param = type === 'card' ? ['card', 'number'] : ['card_present', 'number'];
  const number: string = (type === 'card' ? input.card.number : input.card_present?.number) ?? '4242424242424242';
  const test = testCardOf(number.replace(/[\s-]/g, ''));
  if (!test) throw parameterInvalid(param, "Present one of Stripe's test card numbers (docs.stripe.com/testing).");
  if (input.amount_tip != null && (!Number.isInteger(input.amount_tip) || input.amount_tip < 0))
    throw parameterInvalid(['amount_tip'], 'Invalid amount_tip: a non-negative integer in minor units.');
  const decline = test.decline ?? null;
  const failure = decline ? { code: decline.code, message: decline.message } : null;
  const d = details(action);

  if (action.type === 'refund_payment') {
    if (failure) return ended(action, {}, failure);
    const refund = await createIn(refundsResource, cmd, { payment_intent: d.payment_intent, amount: d.amount, metadata: d.metadata ?? undefined });
    return ended(action, { refund: refund.id });
  }

  const expYear = cmd.now.getUTCFullYear() + 3;
  const pm: AnyPaymentMethodRecord =
    type === 'card'
      ? await createIn(paymentMethodsResource, cmd, {
          type: 'card',
          card: { number: test.number, exp_month: input.card.exp_month, exp_year: input.card.exp_year, cvc: input.card.cvc },
        })
      : await createIn(paymentMethodsResource, cmd, { type: 'card_present', card_present: cardPresent(test.number, expYear) });

  if (action.type === 'process_setup_intent') {
    const si = (await setupIntentsResource.lock(cmd.tx, cmd.scope, d.setup_intent)) as SetupIntentRecord;
    if (failure) {
      await transition(
        { cmd, resource: setupIntentsResource, input: { last_setup_error: declineError(pm, decline!) }, record: si, changes: {}, locked: {} },
        'fail',
      );
      return ended(action, {}, failure);
    }
    // The reusable card saved from the presented one (Stripe's generated_card).
    const generated = await createIn(paymentMethodsResource, cmd, { type: 'card', card: { number: test.number, exp_month: 12, exp_year: expYear } });
    await transition({ cmd, resource: setupIntentsResource, input: { payment_method: pm.id }, record: si, changes: {}, locked: {} }, 'succeed');
    return ended(action, { generated_card: generated.id });
  }

  const pi = (await paymentIntentsResource.lock(cmd.tx, cmd.scope, d.payment_intent)) as PaymentIntentRecord;
  if (pi.status !== 'requires_payment_method')
    return ended(action, {}, { code: 'payment_intent_unexpected_state', message: `The PaymentIntent has status ${pi.status}.` });
  if (action.type === 'collect_payment_method') {
    if (failure) return ended(action, {}, failure);
    await transition({ cmd, resource: paymentIntentsResource, input: { payment_method: pm.id }, record: pi, changes: {}, locked: {} }, 'attach');
    return ended(action, { payment_method: paymentMethodsResource.toStripe(pm) });
  }
  await payIntent(cmd, pi, pm, { amount_tip: input.amount_tip ?? undefined, decline });
  return ended(action, {}, failure);
}

/** confirm_payment_intent: the collected card pays the PaymentIntent (its decline was judged when collected). */
export async function finishConfirm(ctx: Ctx): Promise<Partial<ReaderRecord>> {
  const { cmd } = ctx;
  const action = current(ctx, ['confirm_payment_intent'], 'confirmation');
  const pi = (await paymentIntentsResource.lock(cmd.tx, cmd.scope, details(action).payment_intent)) as PaymentIntentRecord;
  const pm = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [pi.payment_method!])).get(pi.payment_method!)!;
  const { decline } = await payIntent(cmd, pi, pm, { decline: pm.type === 'card_present' ? null : undefined });
  return ended(action, {}, decline ? { code: decline.code, message: decline.message } : null);
}

/** A presented card's details as a card_present PaymentMethod shows them. */
function cardPresent(number: string, expYear: number): Stripe.PaymentMethod.CardPresent {
  const c = cardDetails(number, 12, expYear, false);
  return {
    brand: c.brand,
    brand_product: null,
    cardholder_name: null,
    country: c.country,
    exp_month: c.exp_month,
    exp_year: c.exp_year,
    fingerprint: c.fingerprint ?? null,
    funding: c.funding,
    last4: c.last4,
    networks: { available: [c.brand], preferred: null },
    offline: null,
    preferred_locales: ['en'],
    read_method: 'contactless_emv',
  };
}

/** The test helpers of collect_inputs: every input answered (or the non-required ones skipped), or a timeout. */
export function completeInputs(ctx: Ctx, success: boolean): Partial<ReaderRecord> {
  const action = current(ctx, ['collect_inputs'], 'input collection');
  if (!success) return ended(action, {}, { code: 'terminal_reader_timeout', message: 'The customer did not complete the inputs in time.' });
  const skip = ctx.input.skip_non_required_inputs === 'all';
  const inputs = (details(action).inputs as Record<string, any>[]).map((i) => {
    if (skip && !i.required) return { ...i, skipped: true };
    const answer: Record<string, unknown> = {
      email: { email: { value: 'jenny.rosen@example.com' } },
      numeric: { numeric: { value: '42' } },
      phone: { phone: { value: '+15555550123' } },
      text: { text: { value: 'Test text' } },
      signature: { signature: { value: 'file_signature' } },
      selection: { selection: { ...i.selection, id: i.selection?.choices?.[0]?.id ?? null, text: i.selection?.choices?.[0]?.text ?? null } },
    }[i.type as string] as Record<string, unknown>;
    return { ...i, ...answer, skipped: false, toggles: (i.toggles ?? []).map((t: any) => ({ ...t, value: t.default_value ?? 'enabled' })) };
  });
  return ended(action, { inputs });
}
