import type { Scope } from '../../kernel/command.js';
import { parameterInvalid, StripeError, testModeOnly } from '../../kernel/errors.js';
import { isFeatureActive, type FeaturePath } from '../financial-accounts/financial-account.features.js';
import { featureContext, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';

/** Refusals shared by every flow that moves money in or out of a FinancialAccount. */
export function assertCanMoveMoney(fa: FinancialAccountRow, feature: FeaturePath | null, direction: 'inbound' | 'outbound', currency: string) {
  if (fa.status === 'closed')
    throw new StripeError('financial_account_closed', `The FinancialAccount ${fa.id} is closed and cannot move money.`, ['financialAccount']);
  const restriction = direction === 'inbound' ? fa.platform_restrictions?.inbound_flows : fa.platform_restrictions?.outbound_flows;
  if (restriction === 'restricted')
    throw new StripeError('financial_account_restricted', `The platform has restricted ${direction} flows on FinancialAccount ${fa.id}.`, ['financialAccount']);
  if (feature && !isFeatureActive(fa.feature_states, feature, featureContext(fa)))
    throw new StripeError('feature_not_active', `The FinancialAccount ${fa.id} does not have the ${feature} feature active.`, ['financialAccount']);
  if (!fa.supported_currencies.includes(currency))
    throw parameterInvalid(
      ['currency'],
      `The FinancialAccount does not support ${currency}; it supports ${fa.supported_currencies.join(', ')}.`,
      'currency_not_supported',
    );
}

/** Test helpers work only on test-mode objects (live keys see live objects, so this is the key's mode). */
export function assertTestMode(scope: Scope, resource: string) {
  if (scope.livemode) throw testModeOnly(resource);
}

export function assertLength(value: string | null | undefined, max: number, param: string[], code = 'parameter_invalid') {
  if (value != null && value.length > max) throw parameterInvalid(param, `Invalid ${param.at(-1)}: must be at most ${max} characters.`, code);
}
