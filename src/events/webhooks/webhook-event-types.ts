import { endpointOf, shapeOf, specOf } from '../../layer/spec.js';

/**
 * Every event type a WebhookEndpoint may enable besides `*`: Stripe's own list, the `enabled_events`
 * enum of the create params in the vendored spec (src/spec/stripe/webhook_endpoint.json). fingraph
 * emits no event type of its own, so nothing is added to it (an event fingraph invents would need an
 * overlay here, with why).
 */
function stripeEventTypes(): string[] {
  const spec = specOf('webhook_endpoint');
  const params = shapeOf(spec, endpointOf(spec, 'create').params!);
  const type = params.fields.find((f) => f.name === 'enabled_events')?.type;
  if (type?.kind !== 'array' || type.items.kind !== 'enum') throw new Error('webhook_endpoint create params: enabled_events is not a list of event types');
  return type.items.values.filter((v) => v !== '*');
}

export const WEBHOOK_EVENT_TYPES: readonly string[] = stripeEventTypes();

const known = new Set<string>(WEBHOOK_EVENT_TYPES);

/** `*` (every event) or one of Stripe's event types. */
export const isEnabledEventType = (type: string): boolean => type === '*' || known.has(type);
