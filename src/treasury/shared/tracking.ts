import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';

export interface TrackingDetailsInput {
  type: 'ach' | 'us_domestic_wire';
  ach?: { traceId: string } | null;
  usDomesticWire?: { chips?: string | null; imad?: string | null; omad?: string | null } | null;
}

/** Validates tracking details against the flow's network and returns Stripe's tracking_details. */
export function trackingDetails(input: TrackingDetailsInput, network: string): Record<string, unknown> {
  const param = ['trackingDetails'];
  if (input.type !== network) throw parameterInvalid([...param, 'type'], `Tracking details of type ${input.type} do not match the flow's network ${network}.`);
  if (input.type === 'ach') {
    if (!input.ach?.traceId) throw parameterMissing([...param, 'ach', 'traceId']);
    if (input.ach.traceId.length > 15) throw parameterInvalid([...param, 'ach', 'traceId'], 'An ACH trace id has at most 15 characters.');
    return { type: 'ach', ach: { trace_id: input.ach.traceId } };
  }
  const wire = input.usDomesticWire;
  if (!wire || (!wire.chips && !wire.imad && !wire.omad)) throw parameterMissing([...param, 'usDomesticWire']);
  return { type: 'us_domestic_wire', us_domestic_wire: { chips: wire.chips ?? null, imad: wire.imad ?? null, omad: wire.omad ?? null } };
}

/** The same rules over Stripe's params (snake_case), for flows on the resource layer. */
export function trackingDetailsOf(
  params: {
    type: 'ach' | 'us_domestic_wire';
    ach?: { trace_id: string } | null;
    us_domestic_wire?: { chips?: string | null; imad?: string | null; omad?: string | null } | null;
  },
  network: string,
): Record<string, unknown> {
  const wire = params.us_domestic_wire;
  return trackingDetails({ type: params.type, ach: params.ach ? { traceId: params.ach.trace_id } : params.ach, usDomesticWire: wire }, network);
}
