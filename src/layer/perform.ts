import { runAction, runCreate, runDelete } from './actions.js';
import { resourceOf, type Caller, type Params } from './resource.js';

/**
 * Runs a resource's create or action from code (benchmarks, seeds, rules of other families) exactly as
 * its mutation would, with Stripe's params. `operation` names the idempotency scope.
 */
export function perform(
  object: string,
  action: 'create' | 'delete' | string,
  caller: Caller,
  params: Params,
  opts: { idempotencyKey?: string | null } = {},
): Promise<Record<string, any> & { id: string }> {
  const resource = resourceOf(object);
  const inv = { operation: `${object}:${action}`, hashInput: params, idempotencyKey: opts.idempotencyKey ?? null, params };
  const run =
    action === 'create' ? runCreate(resource, caller, inv) : action === 'delete' ? runDelete(resource, caller, inv) : runAction(resource, action, caller, inv);
  return run as Promise<Record<string, any> & { id: string }>;
}
