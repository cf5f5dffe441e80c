import PgBoss from 'pg-boss';
import type { Database } from '../../db/client.js';
import { databaseDb } from '../../events/webhooks/webhook.queue.js';
import { log } from '../../kernel/log.js';
import { runScheduledTransition } from '../../layer/schedule-run.js';
import { TRANSITION_QUEUE, TRANSITIONS_CHANNEL, type TransitionJob } from '../../layer/schedule.js';
import { expireTestClocks } from '../../test-helpers/test-clocks/test-clock.resource.js';

const POLL_INTERVAL_SECONDS = 2;
const QUEUE_OPTIONS = { policy: 'standard' as const, retryLimit: 25, retryDelay: 1, retryBackoff: true, expireInSeconds: 60 };
/** How often test clocks past their `deletes_after` are looked for (Stripe deletes them then). */
const CLOCK_EXPIRY_INTERVAL_MS = 10 * 60_000;

/**
 * Runs the test-mode transitions that magic payment methods schedule in real time (those bound to
 * a test clock wait for it to advance). Every server process runs one; jobs are fetched with
 * FOR UPDATE SKIP LOCKED, and the transition's own row lock + done_at make each run exactly once even
 * if a job is delivered twice (a crash after commit, an expired job). It also deletes the test clocks
 * whose `deletes_after` has passed (at start, then every few minutes; the clock's row lock makes
 * concurrent processes delete each once).
 */
export class TransitionWorker {
  private boss: PgBoss | null = null;
  private connection: ReturnType<typeof databaseDb> | null = null;
  private workerId: string | null = null;
  private timers = new Set<NodeJS.Timeout>();
  private expiryTimer: NodeJS.Timeout | null = null;
  private expiring: Promise<unknown> = Promise.resolve();
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;

  constructor(private readonly database: Database) {}

  async start() {
    this.connection = databaseDb(this.database);
    const boss = new PgBoss({ db: this.connection, schedule: false, supervise: true, migrate: true, maintenanceIntervalSeconds: 60 });
    boss.on('error', (err) => {
      if (!this.stopped) log.warn({ err }, 'test-mode transition queue error');
    });
    await boss.start();
    await boss.createQueue(TRANSITION_QUEUE, { name: TRANSITION_QUEUE, ...QUEUE_OPTIONS });
    this.boss = boss;
    // A scheduled transition announces its due time: wake up then instead of at the next poll.
    this.unlisten = await this.database.listen(TRANSITIONS_CHANNEL, (payload) => this.wakeAt(Number(payload)));
    this.workerId = await boss.work<TransitionJob>(TRANSITION_QUEUE, { batchSize: 1, pollingIntervalSeconds: POLL_INTERVAL_SECONDS }, async ([job]) => {
      if (this.stopped) throw new Error('transition worker stopping'); // the job runs again later
      try {
        const outcome = await runScheduledTransition(this.database.db, job!.data.transition);
        log.debug({ transition: job!.data.transition, outcome }, 'test-mode transition');
      } finally {
        // pg-boss 10 waits the whole poll interval after a job: fetch again at once while jobs may remain
        // (an empty fetch then waits as usual).
        if (this.workerId) this.boss?.notifyWorker(this.workerId);
      }
    });
    const expire = () => {
      this.expiring = expireTestClocks(this.database.db).catch((err) => {
        if (!this.stopped) log.warn({ err }, 'deleting expired test clocks failed');
      });
    };
    expire();
    this.expiryTimer = setInterval(expire, CLOCK_EXPIRY_INTERVAL_MS);
    this.expiryTimer.unref();
  }

  private wakeAt(when: number) {
    // Beyond setTimeout's range (a monthly Sigma run) the regular polling finds the job when due.
    if (!Number.isFinite(when) || this.stopped || when - Date.now() > 2 ** 31 - 1) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (this.workerId) this.boss?.notifyWorker(this.workerId);
      },
      Math.max(0, when - Date.now()) + 20,
    );
    timer.unref();
    this.timers.add(timer);
  }

  async stop() {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.expiryTimer) clearInterval(this.expiryTimer);
    await this.expiring;
    await this.unlisten?.().catch(() => {});
    await this.boss?.stop({ graceful: true, wait: true, close: false, timeout: 5000 });
    await this.connection?.close();
  }
}
