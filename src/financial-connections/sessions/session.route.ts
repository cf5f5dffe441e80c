import { escapeHtml, notFound, readForm, redirect, secretsMatch, sendPage } from '../../http/hosted-page.js';
import { registerRoute } from '../../http/routes.js';
import { StripeError } from '../../kernel/errors.js';
import { runAction } from '../../layer/actions.js';
import { findRecordAnywhere } from '../../layer/store.js';
import { eligibleAccounts, fcSessions, LINK_PATH, type FcSessionRecord } from './session.resource.js';

/**
 * The hosted test-mode linking page of a Session, `/financial-connections/link/<id>/<client secret>`
 * (Stripe.js opens Stripe's own with the client secret; fingraph serves this one): the user ticks
 * accounts of the test institution and links them, which runs the same `link` action as the test-mode
 * mutation. The client secret is the authority; no API key.
 */
async function sessionOf(id: string, secret: string, db: Parameters<typeof findRecordAnywhere>[0]) {
  if (!id.startsWith('fcsess_') || id.length > 100 || secret.length > 100) return null;
  const found = await findRecordAnywhere(db, fcSessions.storage, id);
  if (!found) return null;
  const session = found.record as unknown as FcSessionRecord;
  return session.client_secret && secretsMatch(secret, session.client_secret) ? { accountId: found.accountId, session } : null;
}

function render(session: FcSessionRecord, error: string | null) {
  const title = '<h1>Link your bank accounts</h1>';
  if (session.linked_at) return `${title}<p id="status">Your accounts are linked. You can close this page.</p>`;
  if (session.livemode) return `${title}<p>Live-mode institutions are not available on this server.</p>`;
  const boxes = eligibleAccounts(session)
    .map(
      (a) =>
        `<label><input type="checkbox" name="account" value="${escapeHtml(a.key)}" checked> ${escapeHtml(a.display_name)} (${escapeHtml(a.subcategory)}, ••••${escapeHtml(a.account_number.slice(-4))})</label><br>`,
    )
    .join('');
  return `${title}<p class="test">Test mode: StripeBank, the test institution.</p><p>Permissions asked: ${session.permissions.map(escapeHtml).join(', ')}.</p>${
    error ? `<p id="error">${escapeHtml(error)}</p>` : ''
  }<form method="post">${boxes}<button type="submit">Link accounts</button></form>`;
}

registerRoute({
  prefix: LINK_PATH,
  async handle(req, res, services) {
    if (req.method !== 'GET' && req.method !== 'POST') return void res.writeHead(405, { allow: 'GET, POST' }).end();
    const [id = '', secret = ''] = decodeURIComponent((req.url ?? '').slice(LINK_PATH.length).split('?')[0]!).split('/');
    const db = services.database.db;
    const found = await sessionOf(id, secret, db);
    if (!found) return notFound(res);
    const { accountId, session } = found;
    if (req.method === 'GET') return sendPage(res, 200, 'Link your bank accounts', render(session, null));
    const accounts = (await readForm(req))?.getAll('account') ?? [];
    if (session.livemode || accounts.length === 0) return sendPage(res, 400, 'Link your bank accounts', render(session, 'Choose at least one account.'));
    try {
      await runAction(
        fcSessions,
        'link',
        { db, scope: { accountId, livemode: false }, requestId: null },
        { operation: 'hosted.financial_connections.link', hashInput: { accounts }, idempotencyKey: null, params: { id: session.id, accounts } },
      );
    } catch (err) {
      if (!(err instanceof StripeError)) throw err;
      return sendPage(res, 409, 'Link your bank accounts', render(session, err.message));
    }
    return redirect(res, session.return_url ?? `${LINK_PATH}${encodeURIComponent(id)}/${encodeURIComponent(secret)}`);
  },
});
