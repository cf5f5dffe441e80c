import { Worker } from 'node:worker_threads';

/**
 * The Sigma sandbox's parent side: one worker thread per server process (src/sigma/sandbox.worker.mjs),
 * started on first use, one run at a time. A run past its time limit terminates the worker (the query
 * cannot stall the server: it never runs on the event loop's thread) and the next run starts a new one
 * from the first one's image.
 */
export interface SandboxTable {
  name: string;
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}
export type SandboxOutcome =
  | { status: 'completed'; fields: string[]; rows: unknown[][]; truncated: boolean }
  | { status: 'failed'; message: string }
  | { status: 'timed_out'; message: string };

export interface SandboxLimits {
  timeoutMs: number;
  rowCap: number;
  /** The worker's JavaScript heap (results are built there). */
  heapMb: number;
}
export const SANDBOX_LIMITS: SandboxLimits = { timeoutMs: 10_000, rowCap: 10_000, heapMb: 256 };
/** Tests shorten the time limit. */
export function configureSandbox(limits: Partial<SandboxLimits>) {
  Object.assign(SANDBOX_LIMITS, limits);
}

let image: Uint8Array | null = null;
let current: { worker: Worker; ready: Promise<void> } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let seq = 0;

function spawn() {
  const worker = new Worker(new URL('./sandbox.worker.mjs', import.meta.url), {
    workerData: { image },
    // Plain JS: none of the server's loaders or start-up modules.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: SANDBOX_LIMITS.heapMb },
  });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: { type: string; image?: Uint8Array; message?: string }) => {
      if (m.type === 'image' && m.image) image = m.image;
      if (m.type === 'ready') {
        worker.off('message', onMessage);
        resolve();
      }
      if (m.type === 'fatal') reject(new Error(m.message));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  const spawned = { worker, ready };
  worker.once('exit', () => {
    if (current === spawned) current = null;
  });
  return spawned;
}

async function runOnce(tables: SandboxTable[], sql: string): Promise<SandboxOutcome> {
  current ??= spawn();
  const { worker, ready } = current;
  try {
    await ready;
  } catch (err) {
    current = null;
    throw err;
  }
  const id = ++seq;
  const limits = { ...SANDBOX_LIMITS };
  return new Promise<SandboxOutcome>((resolve) => {
    const done = (outcome: SandboxOutcome) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      if (current?.worker === worker) current = null;
      void worker.terminate();
      done({ status: 'timed_out', message: `The query ran longer than ${limits.timeoutMs / 1000} seconds.` });
    }, limits.timeoutMs);
    const onMessage = (m: { type: string; id: number; ok: boolean; fields?: string[]; rows?: unknown[][]; truncated?: boolean; message?: string }) => {
      if (m.type !== 'result' || m.id !== id) return;
      done(
        m.ok
          ? { status: 'completed', fields: m.fields!, rows: m.rows!, truncated: !!m.truncated }
          : { status: 'failed', message: m.message ?? 'The query failed.' },
      );
    };
    // Out of memory (a result too large for the heap) ends the worker.
    const onExit = () => done({ status: 'failed', message: 'The query used more memory than a Sigma run may.' });
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.postMessage({ id, tables, sql, rowCap: limits.rowCap });
  });
}

/** Runs `sql` over `tables` alone, after the runs before it (one at a time per process). */
export function runInSandbox(tables: SandboxTable[], sql: string): Promise<SandboxOutcome> {
  const next = queue.then(() => runOnce(tables, sql));
  queue = next.catch(() => {});
  return next;
}

/** Ends the sandbox worker (server shutdown, tests). */
export async function stopSandbox() {
  const c = current;
  current = null;
  if (c) await c.worker.terminate();
}
