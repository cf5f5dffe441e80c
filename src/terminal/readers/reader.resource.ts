import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix, randomBase62 } from '../../kernel/ids.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type ActionContext, type Resource, type ScheduledStep } from '../../layer/resource.js';
import { paymentIntentsResource, type PaymentIntentRecord } from '../../payments/payment-intents/payment-intent.resource.js';
import { setupIntentsResource, type SetupIntentRecord } from '../../payments/setup-intents/setup-intent.resource.js';
import { terminalReaders } from './reader.table.js';
import { type ReaderRecord, actionEvent, cancelAction, completeInputs, finishConfirm, presentPaymentMethod, startAction } from './reader-actions.js';

/**
 * Terminal Reader: a simulated reader registered with one of Stripe's test registration codes, and
 * its `action` — what the reader is doing for the API (process a PaymentIntent or SetupIntent, collect
 * and confirm, refund, show a cart, collect inputs): `in_progress` until the test helpers
 * (present_payment_method, succeed/timeout_input_collection) or cancel_action end it `succeeded` or
 * `failed` (events `terminal.reader.action_succeeded` / `…action_failed`). One action at a time:
 * another while one is in progress is refused with Stripe's `terminal_reader_busy`.
 */
export type { ReaderRecord };
type Ctx = ActionContext<ReaderRecord>;

/** Stripe's test registration codes for simulated readers → the device each registers (docs/decisions/terminal.md). */
export const SIMULATED_READERS: Readonly<Record<string, { device_type: Stripe.Terminal.Reader.DeviceType; label: string; serial: string }>> = {
  'simulated-wpe': { device_type: 'simulated_wisepos_e', label: 'Simulated WisePOS E', serial: 'WSC' },
  'simulated-s700': { device_type: 'simulated_stripe_s700', label: 'Simulated Stripe S700', serial: 'STRM' },
  'simulated-s710': { device_type: 'simulated_stripe_s710', label: 'Simulated Stripe S710', serial: 'STRS' },
  'simulated-t600': { device_type: 'simulated_stripe_t600', label: 'Simulated Stripe T600', serial: 'STRT' },
  'simulated-v660p': { device_type: 'simulated_verifone_v660p', label: 'Simulated Verifone V660p', serial: 'VFV' },
  'simulated-p630': { device_type: 'simulated_verifone_p630', label: 'Simulated Verifone P630', serial: 'VFP' },
  'simulated-ux700': { device_type: 'simulated_verifone_ux700', label: 'Simulated Verifone UX700', serial: 'VFU' },
  'simulated-m425': { device_type: 'simulated_verifone_m425', label: 'Simulated Verifone M425', serial: 'VFM' },
};

const text = (value: unknown, param: string[], max = 500) => {
  if (value != null && (typeof value !== 'string' || value.length > max))
    throw parameterInvalid(param, `Invalid ${param.join('.')}: at most ${max} characters.`);
};

/** The reader must be free: Stripe answers `terminal_reader_busy` while an action is in progress. */
function free({ record }: Ctx) {
  if (record.action?.status === 'in_progress')
    throw new StripeError(
      'terminal_reader_busy',
      `Reader is currently busy processing another request (${record.action.type}). Cancel the action or wait for it to finish.`,
    );
}

async function intentOf<T extends { status: string }>(ctx: Ctx, resource: Resource<any>, id: unknown, param: string, states: string[]): Promise<T> {
  if (typeof id !== 'string' || !id) throw parameterMissing([param]);
  const prefix = resource.spec.idPrefix!;
  const found = hasPrefix(id, prefix) ? (await resource.records(ctx.cmd.tx, ctx.cmd.scope, [id])).get(id) : undefined;
  if (!found) throw resourceMissing(param, id, [param]);
  if (!states.includes(found.status))
    throw new StripeError(
      `${resource.spec.object}_unexpected_state`,
      `The ${resource.spec.object} ${id} has status ${found.status}; this reader action needs ${states.join(' or ')}.`,
      [param],
    );
  return found as T;
}

/** A step that ends an action in the same request (readers that need no customer: display, confirm). */
const now = (ctx: Ctx, action: string): ScheduledStep[] => [{ action, at: ctx.cmd.now, phase: 'first', delayMs: 0 }];

export const terminalReadersResource: Resource<ReaderRecord> = defineResource<ReaderRecord>({
  object: 'terminal.reader',
  table: terminalReaders,
  create: {
    validate(input, scope) {
      if (!input.registration_code) throw parameterMissing(['registration_code']);
      if (!scope.livemode && !SIMULATED_READERS[input.registration_code])
        throw parameterInvalid(
          ['registration_code'],
          `The registration code is not valid. Test mode takes Stripe's simulated reader codes: ${Object.keys(SIMULATED_READERS).join(', ')}.`,
        );
      if (!input.location) throw parameterMissing(['location']);
      text(input.label, ['label']);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input, lock }) {
      const location = await lock('terminal.location', input.location, ['location']);
      // After the location: another account's or mode's is resource_missing, whatever the mode.
      if (cmd.scope.livemode)
        throw parameterInvalid(['registration_code'], 'Live-mode readers are physical devices; fingraph registers simulated readers in test mode only.');
      const device = SIMULATED_READERS[input.registration_code]!;
      return {
        action: null,
        device_sw_version: null,
        device_type: device.device_type,
        ip_address: '0.0.0.0',
        label: input.label ?? device.label,
        last_seen_at: Math.floor(cmd.now.getTime() / 1000),
        location: location.id,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        serial_number: `${device.serial}${randomBase62(12).toUpperCase()}`,
        status: 'online',
      };
    },
    // Stripe announces no event when a reader is registered.
    event: null,
  },
  update: {
    apply({ input, record }) {
      const changes: Partial<ReaderRecord> = {};
      if (input.label != null) {
        text(input.label, ['label']);
        changes.label = input.label;
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },
  delete: {},
  actions: {
    process_payment_intent: {
      endpoint: 'processPaymentIntent',
      async apply(ctx) {
        free(ctx);
        const pi = await intentOf<PaymentIntentRecord>(ctx, paymentIntentsResource, ctx.input.payment_intent, 'payment_intent', ['requires_payment_method']);
        return startAction('process_payment_intent', {
          payment_intent: pi.id,
          ...(ctx.input.process_config ? { process_config: ctx.input.process_config } : {}),
        });
      },
    },
    process_setup_intent: {
      endpoint: 'processSetupIntent',
      async apply(ctx) {
        free(ctx);
        if (!ctx.input.allow_redisplay) throw parameterMissing(['allow_redisplay']);
        const si = await intentOf<SetupIntentRecord>(ctx, setupIntentsResource, ctx.input.setup_intent, 'setup_intent', ['requires_payment_method']);
        return startAction('process_setup_intent', { setup_intent: si.id, ...(ctx.input.process_config ? { process_config: ctx.input.process_config } : {}) });
      },
    },
    collect_payment_method: {
      endpoint: 'collectPaymentMethod',
      async apply(ctx) {
        free(ctx);
        const pi = await intentOf<PaymentIntentRecord>(ctx, paymentIntentsResource, ctx.input.payment_intent, 'payment_intent', ['requires_payment_method']);
        return startAction('collect_payment_method', {
          payment_intent: pi.id,
          ...(ctx.input.collect_config ? { collect_config: ctx.input.collect_config } : {}),
        });
      },
    },
    /** Confirms a PaymentIntent whose card the reader collected: no customer step, so it ends in the same request. */
    confirm_payment_intent: {
      endpoint: 'confirmPaymentIntent',
      async apply(ctx) {
        free(ctx);
        const pi = await intentOf<PaymentIntentRecord>(ctx, paymentIntentsResource, ctx.input.payment_intent, 'payment_intent', ['requires_confirmation']);
        return startAction('confirm_payment_intent', {
          payment_intent: pi.id,
          ...(ctx.input.confirm_config ? { confirm_config: ctx.input.confirm_config } : {}),
        });
      },
      schedule: (ctx) => now(ctx, 'finish_confirm'),
    },
    refund_payment: {
      endpoint: 'refundPayment',
      async apply(ctx) {
        free(ctx);
        const { input } = ctx;
        if (input.charge != null) throw parameterInvalid(['charge'], 'Charges are not modelled here: refund by payment_intent.');
        const pi = await intentOf<PaymentIntentRecord>(ctx, paymentIntentsResource, input.payment_intent, 'payment_intent', ['succeeded']);
        if (input.amount != null && (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > pi.amount_received))
          throw parameterInvalid(['amount'], `Invalid amount: between 1 and the ${pi.amount_received} received.`);
        return startAction('refund_payment', {
          payment_intent: pi.id,
          amount: input.amount ?? pi.amount_received,
          ...(input.metadata != null ? { metadata: validateMetadata(input.metadata) } : {}),
          ...(input.refund_payment_config ? { refund_payment_config: input.refund_payment_config } : {}),
        });
      },
    },
    /** Shows a cart: nothing for the customer to do, so it ends in the same request. */
    set_reader_display: {
      endpoint: 'setReaderDisplay',
      apply(ctx) {
        free(ctx);
        const cart = ctx.input.cart;
        if (ctx.input.type === 'cart' && !cart) throw parameterMissing(['cart']);
        const items: { amount: number; quantity: number }[] = cart?.line_items ?? [];
        for (const [i, item] of items.entries())
          if (!Number.isInteger(item.quantity) || item.quantity < 1)
            throw parameterInvalid(['cart', 'line_items', String(i), 'quantity'], 'A quantity of at least 1.');
        return startAction('set_reader_display', { type: 'cart', cart: cart ? { ...cart, tax: cart.tax ?? null } : null });
      },
      schedule: (ctx) => now(ctx, 'finish_display'),
    },
    collect_inputs: {
      endpoint: 'collectInputs',
      apply(ctx) {
        free(ctx);
        const inputs: Record<string, any>[] = ctx.input.inputs ?? [];
        if (inputs.length === 0) throw parameterMissing(['inputs']);
        return startAction('collect_inputs', {
          inputs: inputs.map((i) => ({
            type: i.type,
            custom_text: {
              title: i.custom_text?.title ?? null,
              description: i.custom_text?.description ?? null,
              skip_button: i.custom_text?.skip_button ?? null,
              submit_button: i.custom_text?.submit_button ?? null,
            },
            required: i.required ?? null,
            ...(i.selection
              ? { selection: { choices: i.selection.choices.map((c: any) => ({ id: c.id, style: c.style ?? null, text: c.text })), id: null, text: null } }
              : {}),
            toggles: (i.toggles ?? []).map((t: any) => ({
              default_value: t.default_value ?? null,
              description: t.description ?? null,
              title: t.title ?? null,
              value: null,
            })),
          })),
          metadata: ctx.input.metadata != null ? validateMetadata(ctx.input.metadata) : null,
        });
      },
    },
    cancel_action: {
      endpoint: 'cancelAction',
      apply: (ctx) => cancelAction(ctx),
      event: 'terminal.reader.action_failed',
    },
    present_payment_method: {
      endpoint: 'presentPaymentMethod',
      testHelper: true,
      apply: (ctx) => presentPaymentMethod(ctx),
      event: actionEvent,
    },
    succeed_input_collection: {
      endpoint: 'succeedInputCollection',
      testHelper: true,
      apply: (ctx) => completeInputs(ctx, true),
      event: actionEvent,
    },
    timeout_input_collection: {
      endpoint: 'timeoutInputCollection',
      testHelper: true,
      apply: (ctx) => completeInputs(ctx, false),
      event: actionEvent,
    },
    /** Internal: a confirm ends at once (the card was collected before). */
    finish_confirm: {
      apply: (ctx) => finishConfirm(ctx),
      event: actionEvent,
    },
    /** Internal: the cart is shown. */
    finish_display: {
      apply: ({ record }) => ({ action: { ...record.action!, status: 'succeeded' } }),
      event: 'terminal.reader.action_succeeded',
    },
  },
  list: {},
  examples: {
    create: async (fx) => ({
      registration_code: 'simulated-wpe',
      label: 'Front counter',
      location: (await fx.create('terminal.location')).id,
      metadata: { lane: '1' },
    }),
    // What each action needs besides the reader (the suite calls them on unknown and foreign readers).
    params: {
      process_payment_intent: () => ({ payment_intent: 'pi_000000000000000000000000' }),
      collect_payment_method: () => ({ payment_intent: 'pi_000000000000000000000000' }),
      confirm_payment_intent: () => ({ payment_intent: 'pi_000000000000000000000000' }),
      process_setup_intent: () => ({ setup_intent: 'seti_000000000000000000000000', allow_redisplay: 'always' }),
      set_reader_display: () => ({ type: 'cart', cart: { currency: 'usd', line_items: [{ amount: 500, description: 'Coffee', quantity: 1 }], total: 500 } }),
      collect_inputs: () => ({ inputs: [{ type: 'email', custom_text: { title: 'Email for the receipt' } }] }),
    },
  },
});
