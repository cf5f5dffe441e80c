import type { CommandContext } from '../../kernel/command.js';
import { registerLegacyTransitions, type Caller } from '../../layer/schedule-run.js';
import { scheduleSteps } from '../../layer/schedule.js';
import type { PaymentMethodRow } from '../../payments/payment-methods/payment-method.service.js';
import {
  cancelOutboundPayment,
  delayOutboundPaymentArrival,
  failOutboundPayment,
  postOutboundPayment,
  returnOutboundPayment,
} from '../outbound-payments/outbound-payment.service.js';
import type { Network } from '../shared/arrival.js';
import { outboundPlan } from './plans.js';

/**
 * Flows not yet on the resource layer (OutboundPayment) schedule their test-mode steps here and run
 * them through their service functions. Steps name the Stripe object, as the layer's do.
 */
type LegacyFlowType = 'treasury.outbound_payment';

export async function scheduleAutomaticTransitions(
  cmd: CommandContext,
  flowType: LegacyFlowType,
  flow: { id: string; network?: Network; expectedArrivalDate?: Date },
  pm: PaymentMethodRow | null,
) {
  if (cmd.scope.livemode || !pm) return;
  const steps = outboundPlan({ network: flow.network!, expected_arrival_date: Math.floor(flow.expectedArrivalDate!.getTime() / 1000) }, pm, cmd.now);
  await scheduleSteps(cmd, flowType, flow.id, steps);
}

type ReturnCode = Parameters<typeof returnOutboundPayment>[1] extends { returnedDetails?: { code?: infer C } | null } ? C : never;

registerLegacyTransitions((caller: Caller, flowType, action, id, params) => {
  const input = { id };
  const returned = (params.returned_details as { code?: string } | undefined)?.code;
  const c = caller as never;
  switch (`${flowType}:${action}`) {
    case 'treasury.outbound_payment:post':
      return postOutboundPayment(c, input);
    case 'treasury.outbound_payment:fail':
      return failOutboundPayment(c, input);
    case 'treasury.outbound_payment:cancel':
      return cancelOutboundPayment(c, input);
    case 'treasury.outbound_payment:return':
      return returnOutboundPayment(c, { ...input, returnedDetails: { code: returned as ReturnCode } });
    case 'treasury.outbound_payment:delay_arrival':
      return delayOutboundPaymentArrival(c, input);
    default:
      return null;
  }
});
