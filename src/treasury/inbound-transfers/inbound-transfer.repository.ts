import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';

/**
 * Ids of a FinancialAccount's processing InboundTransfers (they block closing it). A module of its own
 * so that FinancialAccount reads it without importing the InboundTransfer resource (no import circle).
 */
export async function pendingInboundTransferIds(db: Executor, financialAccountId: string, limit = 5): Promise<string[]> {
  const rows = await query(
    db,
    sql`select id from treasury_inbound_transfers where financial_account_id = ${financialAccountId} and status = 'processing' order by created, id limit ${limit}`,
  );
  return rows.map((r) => String(r.id));
}
