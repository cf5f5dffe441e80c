import { defineResource } from '../../layer/resource.js';
import { hardwareProducts } from '../hardware-catalogue.js';

/** Terminal hardware products (preview): the readers Stripe sells, a read-only catalogue; lists show `available` ones unless asked. */
export const terminalHardwareProducts = defineResource({
  object: 'terminal.hardware_product',
  catalogue: () => hardwareProducts,
  list: { defaults: { status: 'available' } },
});
