import { defineResource } from '../../layer/resource.js';
import { hardwareShippingMethods } from '../hardware-catalogue.js';

/**
 * Terminal hardware shipping methods (preview): how hardware ships to one country, with the delivery
 * window an order placed today can expect. A read-only catalogue; lists need a country and show
 * `available` methods unless asked.
 */
export const terminalHardwareShippingMethods = defineResource({
  object: 'terminal.hardware_shipping_method',
  catalogue: () => hardwareShippingMethods(),
  list: { defaults: { status: 'available' } },
});
