import type { Db, Executor } from '../../db/client.js';
import { runCommand, type CommandContext, type Scope } from '../../kernel/command.js';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { assertTestMode } from './flow-rules.js';

export interface Caller {
  db: Db;
  scope: Scope;
  requestId: string;
  /** The platform operator settling a live flow (POST /admin/settle): test-helper transitions are allowed in live mode. */
  operator?: boolean;
}

export interface FlowResource<Row extends { financialAccountId: string }> {
  /** Stripe's id prefix (obt, obp, ibt…) and human name for errors. */
  prefix: string;
  name: string;
  lock(db: Executor, scope: Scope, id: string): Promise<Row | null>;
}

/**
 * The write path for an action on an existing flow (cancel, test-helper transitions, updates):
 * shape → idempotency → existence and tenancy → lock the flow, then its FinancialAccount (always
 * in that order, so concurrent actions cannot deadlock) → the action.
 */
export function flowCommand<Row extends { financialAccountId: string }, T>(
  caller: Caller,
  resource: FlowResource<Row>,
  operation: string,
  input: { id: string; idempotencyKey?: string | null } & Record<string, unknown>,
  opts: { testHelper?: boolean },
  body: (cmd: CommandContext, row: Row, fa: FinancialAccountRow) => Promise<T>,
): Promise<T> {
  const { idempotencyKey, ...params } = input;
  if (!hasPrefix(input.id, resource.prefix)) throw resourceMissing(resource.name, input.id);
  if (opts.testHelper && !caller.operator) assertTestMode(caller.scope, resource.name);
  return runCommand(caller.db, caller.scope, { operation, input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await resource.lock(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing(resource.name, input.id);
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, row.financialAccountId);
    if (!fa) throw new Error(`flow ${input.id} points at a missing financial account`);
    return body(cmd, row, fa);
  });
}
