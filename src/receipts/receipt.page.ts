import { PLATFORM } from '../treasury/shared/platform.js';

/**
 * The receipt page: what a regulatory receipt shows — the parties, the amount, the dates, the network,
 * the trace ids and the status — read off the object's Stripe JSON, whatever the flow.
 */
type Json = Record<string, any>;

const escapeHtml = (v: unknown) => String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const humanize = (s: string) =>
  s
    .replace(/^treasury\./, '')
    .replace(/_/g, ' ')
    .replace(/^\w/, (c) => c.toUpperCase());
const date = (unix: number | null | undefined) =>
  unix
    ? new Date(unix * 1000)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')
    : null;

function money(amount: number, currency: string) {
  const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amount / 10 ** digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${currency.toUpperCase()}`;
}

/** A party from Stripe's payment method details (destination, origin, initiating). */
function party(details: Json | null | undefined): string | null {
  if (!details) return null;
  const name = details.billing_details?.name;
  if (details.us_bank_account) {
    const bank = details.us_bank_account;
    return [name, bank.bank_name, bank.last4 && `account ••••${bank.last4}`, bank.routing_number && `routing ${bank.routing_number}`]
      .filter(Boolean)
      .join(', ');
  }
  if (details.financial_account) return [name, `FinancialAccount ${details.financial_account.id}`].filter(Boolean).join(', ');
  return name ?? details.type ?? null;
}

function traceIds(o: Json): string | null {
  const t = o.tracking_details ?? o.network_details;
  if (!t) return null;
  const ids = [
    t.ach?.trace_id && `ACH trace ${t.ach.trace_id}`,
    t.us_domestic_wire?.imad && `IMAD ${t.us_domestic_wire.imad}`,
    t.us_domestic_wire?.omad && `OMAD ${t.us_domestic_wire.omad}`,
    t.us_domestic_wire?.chips && `CHIPS ${t.us_domestic_wire.chips}`,
    t.ach?.addenda && `addenda ${t.ach.addenda}`,
  ];
  return ids.filter(Boolean).join(', ') || null;
}

export function renderReceipt(object: string, o: Json): string {
  const account = `${PLATFORM.name}, FinancialAccount ${o.financial_account}`;
  const outbound = object.includes('outbound') || object.includes('credit_reversal');
  const counterparty = party(o.destination_payment_method_details ?? o.origin_payment_method_details ?? o.initiating_payment_method_details);
  const network =
    o.network ??
    o.destination_payment_method_details?.us_bank_account?.network ??
    o.origin_payment_method_details?.us_bank_account?.network ??
    o.destination_payment_method_details?.financial_account?.network;
  const rows: [string, string | null][] = [
    ['Reference', o.id],
    ['Status', o.status],
    ['Amount', typeof o.amount === 'number' ? money(o.amount, o.currency) : null],
    ['From', outbound ? account : counterparty],
    ['To', outbound ? counterparty : account],
    ['Network', network ?? null],
    ['Statement descriptor', o.statement_descriptor ?? null],
    ['Description', o.description ?? null],
    ['Created', date(o.created)],
    ['Expected arrival', date(o.expected_arrival_date)],
    ...Object.entries<number | null>(o.status_transitions ?? {}).map(([k, v]) => [humanize(k.replace(/_at$/, '')), date(v)] as [string, string | null]),
    ['Trace ids', traceIds(o)],
    ['Mode', o.livemode ? 'live' : 'test'],
  ];
  const body = rows
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(humanize(object))} receipt ${escapeHtml(o.id)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1f36}th{text-align:left;padding:.3rem 1rem .3rem 0;color:#6a7383;font-weight:500;vertical-align:top}td{padding:.3rem 0}h1{font-size:1.3rem}</style>
</head><body>
<h1>${escapeHtml(humanize(object))} receipt</h1>
<p>Issued by ${escapeHtml(PLATFORM.name)} for a regulated money movement.</p>
<table>
${body}
</table>
</body></html>
`;
}
