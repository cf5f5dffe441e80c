import { defineResource } from '../../layer/resource.js';
import { hardwareSkus } from '../hardware-catalogue.js';

/**
 * Terminal hardware SKUs (preview): a product as sold in one country, with its price and how many one
 * order may take. A read-only catalogue; lists need a country and show `available` SKUs unless asked.
 */
export const terminalHardwareSkus = defineResource({
  object: 'terminal.hardware_sku',
  catalogue: () => hardwareSkus,
  list: { defaults: { status: 'available' } },
});
