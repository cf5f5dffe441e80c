import { readFileSync } from 'node:fs';
import { defineResource } from '../../layer/resource.js';

/** Climate suppliers: who removes the carbon a Climate product sells (a read-only catalogue). */
const { suppliers } = JSON.parse(readFileSync(new URL('../catalogue.json', import.meta.url), 'utf8')) as { suppliers: Record<string, unknown>[] };

export const climateSuppliers = defineResource({
  object: 'climate.supplier',
  catalogue: () => suppliers,
});
