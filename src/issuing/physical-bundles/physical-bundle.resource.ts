import { readFileSync } from 'node:fs';
import { defineResource } from '../../layer/resource.js';

/**
 * Physical bundles: the card stock, carrier letter and envelope a physical card ships in. Stripe
 * publishes them (read-only, the same for every account): a catalogue. A personalization design
 * names one; a bundle marks which of logo, carrier text and second line it takes.
 */
const { bundles } = JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8')) as { bundles: Record<string, unknown>[] };

export const physicalBundles = defineResource({
  object: 'issuing.physical_bundle',
  catalogue: () => bundles,
});
