import { readFileSync } from 'node:fs';
import { defineResource } from '../../layer/resource.js';

/**
 * Climate products: the carbon removal Stripe offers for reservation, read-only and the same for
 * every account (a catalogue). Suppliers are kept as ids and resolved by the graph.
 */
const { products } = JSON.parse(readFileSync(new URL('../catalogue.json', import.meta.url), 'utf8')) as { products: Record<string, unknown>[] };

export const climateProducts = defineResource({
  object: 'climate.product',
  catalogue: () => products,
});
