import { endpointOf, shapeOf, specOf } from '../../layer/spec.js';

/**
 * Every event type a WebhookEndpoint may enable besides `*`: Stripe's own list, the `enabled_events`
 * enum of the create params in the vendored spec (src/spec/stripe/webhook_endpoint.json), plus the
 * overlay below (event types of objects today's list no longer carries, each with why).
 */
function stripeEventTypes(): string[] {
  const spec = specOf('webhook_endpoint');
  const params = shapeOf(spec, endpointOf(spec, 'create').params!);
  const type = params.fields.find((f) => f.name === 'enabled_events')?.type;
  if (type?.kind !== 'array' || type.items.kind !== 'enum') throw new Error('webhook_endpoint create params: enabled_events is not a list of event types');
  return type.items.values.filter((v) => v !== '*');
}

/**
 * Orders are a retired beta (seed 002): today's list has no `order.*` type. Stripe's earlier Orders API
 * announced `order.created` and `order.updated`; fingraph's Orders emit those two (every state change
 * is an `order.updated` with the previous status in `previous_attributes`).
 */
/**
 * Terminal hardware orders are a preview absent from the list (and from every stripe package): fingraph
 * announces them as Orders were, `terminal.hardware_order.created` and `…updated` for every state change
 * (the previous status in `previous_attributes`); docs/decisions/terminal.md.
 */
const OVERLAY = ['order.created', 'order.updated', 'terminal.hardware_order.created', 'terminal.hardware_order.updated'];

export const WEBHOOK_EVENT_TYPES: readonly string[] = [...stripeEventTypes(), ...OVERLAY];

const known = new Set<string>(WEBHOOK_EVENT_TYPES);

/** `*` (every event) or one of Stripe's event types. */
export const isEnabledEventType = (type: string): boolean => type === '*' || known.has(type);
