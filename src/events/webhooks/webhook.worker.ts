import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import PgBoss from 'pg-boss';
import type { WebhookConfig } from '../../config.js';
import type { Database } from '../../db/client.js';
import { log } from '../../kernel/log.js';
import { eventRowToStripe } from '../event.stripe.js';
import { claimAttempt, interruptAttempt, loadDelivery, recordAttempt, type AttemptOutcome } from './webhook-delivery.service.js';
import { attemptLeaseMs, databaseDb, DELIVERY_QUEUE, maintenanceIntervalSeconds, queueOptions, WAKE_CHANNEL, type DeliveryJob } from './webhook.queue.js';
import { signatureHeader } from './webhook.signature.js';
import { configureWebhookTargets, guardedLookup, isAllowedAddress } from './webhook-target.js';

/**
 * The one error recorded for every attempt that got no HTTP response (refused target, connection
 * refused or reset, TLS failure, not HTTP): the attempts list must not tell a closed port from a
 * database or a TLS service (a port scanner).
 */
export const UNREACHABLE = 'Could not connect to the endpoint or read an HTTP response from it.';

/** Seconds between polls when nothing woke the worker (new jobs wake it through NOTIFY and timers). */
const POLL_INTERVAL_SECONDS = 2;
const USER_AGENT = 'Stripe/1.0 (+https://stripe.com/docs/webhooks)';

/** A job run that found an earlier run of the same job still owning its attempt: pg-boss runs it again later, no POST now. */
class AttemptInProgress extends Error {}

/**
 * Installs the delivery queue and, unless `config.worker` is off, delivers: `concurrency` pg-boss
 * workers, each running one job (one POST) at a time. Runs inside the server (createApp) or alone
 * (`npm run worker`); any number of processes may share a PostgreSQL database.
 */
export class WebhookWorker {
  private boss: PgBoss | null = null;
  private connection: ReturnType<typeof databaseDb> | null = null;
  private workerIds: string[] = [];
  private timers = new Set<NodeJS.Timeout>();
  private unlisten: (() => Promise<void>) | null = null;
  private readonly stopping = new AbortController();
  /** Attempts whose POST or record is running in this process (a job run past its expiry is still one of them). */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly database: Database,
    private readonly config: WebhookConfig,
  ) {}

  async start() {
    configureWebhookTargets({ allowLoopback: this.config.allowLoopback });
    this.connection = databaseDb(this.database);
    const boss = new PgBoss({
      db: this.connection,
      schedule: false,
      supervise: this.config.worker,
      migrate: true,
      maintenanceIntervalSeconds: maintenanceIntervalSeconds(this.config),
    });
    boss.on('error', (err) => {
      if (!this.stopping.signal.aborted) log.warn({ err }, 'webhook job queue error');
    });
    await boss.start();
    const options = { name: DELIVERY_QUEUE, ...queueOptions(this.config) };
    await boss.createQueue(DELIVERY_QUEUE, options);
    await boss.updateQueue(DELIVERY_QUEUE, options);
    this.boss = boss;
    if (!this.config.worker) return;
    this.unlisten = await this.database.listen(WAKE_CHANNEL, () => this.wake());
    for (let i = 0; i < this.config.concurrency; i++) {
      let id = '';
      id = await boss.work<DeliveryJob>(DELIVERY_QUEUE, { batchSize: 1, pollingIntervalSeconds: POLL_INTERVAL_SECONDS }, async ([job]) => {
        try {
          await this.deliver(job!.id, job!.data);
        } catch (err) {
          // A handler error makes pg-boss run the job again (a new attempt if this one was sent): logged, never silent.
          if (err instanceof AttemptInProgress)
            log.debug({ event: job!.data.event, endpoint: job!.data.endpoint, reason: err.message }, 'webhook job deferred');
          else if (!this.stopping.signal.aborted)
            log.warn({ err, event: job!.data.event, endpoint: job!.data.endpoint }, 'webhook job failed; pg-boss retries it');
          throw err;
        } finally {
          // pg-boss 10 waits the whole poll interval after a job: fetch again at once while jobs may remain.
          if (id) boss.notifyWorker(id);
        }
      });
      this.workerIds.push(id);
    }
  }

  /**
   * Stops taking jobs, abandons POSTs in flight (their jobs fail and pg-boss runs them again, here or
   * in another process: at least once, never lost), and waits for the queue's last statements.
   */
  async stop() {
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.unlisten?.().catch(() => {});
    await this.boss?.stop({ graceful: true, wait: true, close: false, timeout: 5000 });
    await this.connection?.close();
  }

  /** Lets idle workers fetch now instead of at their next poll. */
  private wake() {
    for (const id of this.workerIds) this.boss?.notifyWorker(id);
  }

  private wakeAt(when: Date) {
    const timer = setTimeout(() => (this.timers.delete(timer), this.wake()), Math.max(0, when.getTime() - Date.now()) + 20);
    timer.unref();
    this.timers.add(timer);
  }

  /**
   * One job: claim an attempt (on record before anything is sent), one signed POST of the event to the
   * endpoint, then its outcome (and maybe the next attempt). A run of a job whose earlier run is still
   * POSTing or recording sends nothing (webhook-delivery.service.ts claimAttempt).
   */
  private async deliver(jobId: string, job: DeliveryJob) {
    // A job fetched while stopping: leave it (it expires and runs again elsewhere, or here next time).
    if (this.stopping.signal.aborted) throw new Error('webhook worker stopping');
    const db = this.database.db;
    const found = await loadDelivery(db, job);
    if (!found) return; // gone
    const { endpoint } = found;
    const claim = await claimAttempt(db, jobId, job, {
      inFlight: this.inFlight,
      leaseMs: attemptLeaseMs(this.config),
      endpointOpen: !endpoint.deletedAt && endpoint.status === 'enabled',
    });
    if (claim.kind === 'skip') return;
    if (claim.kind === 'running') throw new AttemptInProgress('an earlier run of this job is still POSTing or recording in this process');
    if (claim.kind === 'busy') throw new AttemptInProgress(`an earlier run of this job holds its attempt until ${claim.until.toISOString()}`);
    this.inFlight.add(claim.id);
    const claimed = performance.now();
    try {
      const body = JSON.stringify(eventRowToStripe(found.event), null, 2);
      const outcome = await this.post(endpoint.url, endpoint.secret, body, found.delivery.livemode);
      if (outcome === 'abandoned') {
        await interruptAttempt(db, claim.id, Math.round(performance.now() - claimed)).catch(() => {}); // else the next run closes it after its lease
        throw new Error('webhook worker stopping: attempt abandoned, its job will run again');
      }
      const next = await recordAttempt(db, this.config, claim.id, job, outcome);
      log.debug(
        { event: job.event, endpoint: job.endpoint, attempt: claim.attemptNumber, status: outcome.responseStatus, error: outcome.error, next },
        'webhook attempt',
      );
      if (next) this.wakeAt(next);
    } finally {
      this.inFlight.delete(claim.id);
    }
  }

  private async post(url: string, secret: string, body: string, livemode: boolean): Promise<AttemptOutcome | 'abandoned'> {
    const started = new Date();
    const t0 = performance.now();
    const elapsed = () => Math.round(performance.now() - t0);
    let target: URL;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': USER_AGENT,
      'cache-control': 'no-cache',
      accept: '*/*; q=0.5, application/xml',
      'stripe-signature': signatureHeader(body, secret, Math.floor(Date.now() / 1000)),
    };
    try {
      target = new URL(url);
      // Stripe sends credentials in an endpoint URL as HTTP Basic auth.
      if (target.username || target.password) {
        headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString('base64')}`;
        target.username = '';
        target.password = '';
      }
    } catch {
      // A URL stored before create validated it fully: a failed attempt, recorded (not a job that throws and retries unseen).
      return { started, durationMs: elapsed(), responseStatus: null, error: 'The endpoint URL is invalid (malformed percent-encoding): update it.' };
    }
    const deadline = postSignal(this.config.timeoutMs, this.stopping.signal);
    const { signal } = deadline;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        // A literal address is never looked up: checked here; names through the guarded lookup, on the address connected to.
        const literal = target.hostname.replace(/^\[|\]$/g, '');
        if (isIP(literal) && !isAllowedAddress(literal, livemode)) return reject(new Error('refused target'));
        const req = (target.protocol === 'https:' ? https : http).request(
          target,
          { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(livemode), signal, agent: false },
          (res) => {
            // A redirect is not a delivery (Stripe does not follow them): its status is recorded as a failure.
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      return { started, durationMs: elapsed(), responseStatus: status, error: null };
    } catch {
      if (this.stopping.signal.aborted) return 'abandoned';
      const error = signal.aborted ? `Timed out after ${this.config.timeoutMs} ms` : UNREACHABLE;
      return { started, durationMs: elapsed(), responseStatus: null, error };
    } finally {
      deadline.dispose();
    }
  }
}

/**
 * One POST's signal, aborted by its timeout or by the worker stopping. Not `AbortSignal.any()` over
 * `AbortSignal.timeout()`: Node 20 holds such a timeout only weakly, and after a garbage collection it
 * never fires (nodejs/node#57736), so a POST to an endpoint that never answers hung for good, and its
 * delivery with it. Here the timer itself holds the controller.
 */
function postSignal(timeoutMs: number, stopping: AbortSignal) {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, timeoutMs);
  stopping.addEventListener('abort', abort, { once: true });
  if (stopping.aborted) abort();
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      stopping.removeEventListener('abort', abort);
    },
  };
}
