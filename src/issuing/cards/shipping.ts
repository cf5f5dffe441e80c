import type Stripe from 'stripe';
import { randomInt } from 'node:crypto';

/**
 * The physical card's shipment as Stripe fills it: the carrier and ETA when the card is ordered (every
 * example object of seed 003 has both), the tracking number and URL once the card ships, `shipped_at` and
 * `delivered_at` stamped by the helpers.
 */
type Shipping = Stripe.Issuing.Card.Shipping;
type Carrier = NonNullable<Shipping['carrier']>;

/** Carrier by service: USPS ships standard cards in the US, FedEx the faster services; DHL abroad. */
export function carrierOf(service: Shipping['service'], country: string | null): Carrier {
  if (country && country !== 'US') return 'dhl';
  return service === 'standard' ? 'usps' : 'fedex';
}

/** Business days to delivery by service (Stripe's US guidance: standard up to 8, express 4, priority 2). */
const DAYS: Record<Shipping['service'], number> = { standard: 8, express: 4, priority: 2 };

/** The ETA: the end of the last business day (Pacific time, as Stripe's example shows: 23:59:59 at UTC−7). */
export function etaOf(service: Shipping['service'], now: Date): number {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  for (let left = DAYS[service]; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left--;
  }
  return Math.floor(day.getTime() / 1000) + 86_400 + 7 * 3600 - 1;
}

const TRACKING: Record<Carrier, (n: string) => string> = {
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}`,
  royal_mail: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  correos: (n) => `https://www.correos.es/es/en/tools/tracker/items/details?tracking-number=${n}`,
};

/** A tracking number in the carrier's usual length (USPS 22 digits, FedEx 12, others 10). */
export function trackingOf(carrier: Carrier): { tracking_number: string; tracking_url: string } {
  const length = carrier === 'usps' ? 22 : carrier === 'fedex' ? 12 : 10;
  let n = String(randomInt(1, 10));
  while (n.length < length) n += String(randomInt(0, 10));
  return { tracking_number: n, tracking_url: TRACKING[carrier](n) };
}

/** The shipping hash of a new physical card, from Stripe's create params. */
export function newShipping(input: Record<string, any>, now: Date): Shipping {
  const service = (input.service ?? 'standard') as Shipping['service'];
  const address = {
    city: input.address.city ?? null,
    country: input.address.country ?? null,
    line1: input.address.line1 ?? null,
    line2: input.address.line2 ?? null,
    postal_code: input.address.postal_code ?? null,
    state: input.address.state ?? null,
  };
  const mode = input.address_validation?.mode ?? 'disabled';
  return {
    address,
    address_validation: {
      mode,
      normalized_address: mode === 'disabled' ? null : address,
      result: mode === 'validation_and_normalization' ? 'likely_deliverable' : null,
    },
    business_name: input.business_name ?? null,
    carrier: carrierOf(service, address.country),
    customs: input.customs ? { eori_number: input.customs.eori_number ?? null } : null,
    delivered_at: null,
    eta: etaOf(service, now),
    name: input.name,
    phone_number: input.phone_number ?? null,
    require_signature: input.require_signature ?? null,
    service,
    shipped_at: null,
    status: 'pending',
    tracking_number: null,
    tracking_url: null,
    type: input.type ?? 'individual',
  } as Shipping;
}
