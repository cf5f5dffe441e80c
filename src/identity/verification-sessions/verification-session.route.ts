import { escapeHtml, notFound, readForm, redirect, secretsMatch, sendPage } from '../../http/hosted-page.js';
import { registerRoute } from '../../http/routes.js';
import { StripeError } from '../../kernel/errors.js';
import { runAction } from '../../layer/actions.js';
import { findRecordAnywhere } from '../../layer/store.js';
import { checkOf, checksOf, REASONS } from '../verification-reports/verification-report.resource.js';
import { OUTCOMES, VERIFY_PATH, verificationSessions, type VerificationSessionRecord } from './verification-session.resource.js';

/**
 * The hosted verification page at a session's `url` (`/identity/verify/<client secret>`), like
 * Stripe's test-mode page: no API key, the client secret in the URL is the authority. In test mode
 * the user picks what the checks find (verified, or a named failure among the session's checks);
 * submitting runs the same `submit` action as the test-mode mutation. Live mode has no document
 * checks behind fingraph: the page says so and accepts nothing.
 */

/** The outcomes this session can have on the page: verified, failures of its own checks, and failures of the attempt itself. */
function outcomesFor(session: VerificationSessionRecord): string[] {
  const checks = checksOf(session);
  return OUTCOMES.filter((o) => {
    if (o === 'verified') return true;
    if (o.startsWith('email_') || o.startsWith('phone_')) return false;
    const check = checkOf(o);
    return check ? checks.includes(check) : true;
  });
}

async function sessionOf(secret: string, db: Parameters<typeof findRecordAnywhere>[0]) {
  const id = secret.split('_secret_')[0]!;
  if (!id.startsWith('vs_') || secret.length > 200) return null;
  const found = await findRecordAnywhere(db, verificationSessions.storage, id);
  if (!found) return null;
  const session = found.record as unknown as VerificationSessionRecord;
  return secretsMatch(secret, session.secret) ? { accountId: found.accountId, session } : null;
}

function render(session: VerificationSessionRecord, error: string | null): string {
  const title = '<h1>Verify your identity</h1>';
  const mode = session.livemode ? '' : '<p class="test">Test mode: choose what the verification checks find.</p>';
  if (session.status !== 'requires_input' || session.redaction)
    return `${title}<p id="status">This verification session is <strong>${escapeHtml(session.status)}</strong>; there is nothing to submit here.</p>`;
  if (session.livemode) return `${title}<p>Live-mode verification is not available on this server.</p>`;
  const last = session.last_error?.code
    ? `<p id="last-error">The last attempt failed: ${escapeHtml(session.last_error.reason ?? session.last_error.code)} (<code>${escapeHtml(session.last_error.code)}</code>).</p>`
    : '';
  const buttons = outcomesFor(session)
    .map(
      (o) =>
        `<button type="submit" name="outcome" value="${escapeHtml(o)}">${o === 'verified' ? 'Verification succeeds' : escapeHtml(REASONS[o] ?? o)}</button><br>`,
    )
    .join('');
  return `${title}${mode}${last}${error ? `<p id="error">${escapeHtml(error)}</p>` : ''}<p>Checks: ${checksOf(session).join(', ')}.</p><form method="post">${buttons}</form>`;
}

registerRoute({
  prefix: VERIFY_PATH,
  async handle(req, res, services) {
    if (req.method !== 'GET' && req.method !== 'POST') return void res.writeHead(405, { allow: 'GET, POST' }).end();
    const secret = decodeURIComponent((req.url ?? '').slice(VERIFY_PATH.length).split('?')[0]!);
    const db = services.database.db;
    const found = await sessionOf(secret, db);
    if (!found) return notFound(res);
    const { accountId, session } = found;
    if (req.method === 'GET') return sendPage(res, 200, 'Verify your identity', render(session, null));
    const form = await readForm(req);
    const outcome = form?.get('outcome') ?? '';
    if (session.livemode || !outcomesFor(session).includes(outcome))
      return sendPage(res, 400, 'Verify your identity', render(session, 'Choose one of the outcomes offered.'));
    try {
      await runAction(
        verificationSessions,
        'submit',
        { db, scope: { accountId, livemode: session.livemode }, requestId: null },
        { operation: 'hosted.identity.verify', hashInput: { outcome }, idempotencyKey: null, params: { id: session.id, outcome } },
      );
    } catch (err) {
      if (!(err instanceof StripeError)) throw err;
      const now = await sessionOf(secret, db);
      return sendPage(res, 409, 'Verify your identity', now ? render(now.session, err.message) : escapeHtml(err.message));
    }
    // Stripe sends the user to the session's return_url once submitted; without one, the page shows the session.
    return redirect(res, session.return_url ?? `${VERIFY_PATH}${encodeURIComponent(secret)}`);
  },
});
