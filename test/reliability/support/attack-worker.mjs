// An attack loop in its own thread (test/reliability/hardening.test.ts), so the measuring thread's event
// loop only measures. workerData: { url, durationMs, concurrency, kind: 'http' | 'subscribe', headers, body, query, key, followUp }.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, durationMs, concurrency, kind, headers = {}, body = '', query, key, followUp } = workerData;
const target = new URL(url);
const until = Date.now() + durationMs;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(reqHeaders, payload) {
  return new Promise((resolve) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...reqHeaders, 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, text: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, text: String(e) }));
    req.end(payload);
  });
}

async function subscribeOnce() {
  const ws = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  try {
    const outcome = new Promise((resolve) =>
      ws.subscribe({ query }, { next: (v) => resolve({ status: 200, text: JSON.stringify(v) }), error: (e) => resolve({ status: 400, text: JSON.stringify(e) }), complete: () => {} }),
    );
    const early = await Promise.race([outcome, new Promise((r) => setTimeout(() => r(null), 300))]);
    if (early) return early;
    // Accepted: an event for the pattern to run over.
    await post({ 'content-type': 'application/json', authorization: `Bearer ${key}` }, JSON.stringify({ query: followUp }));
    return await outcome;
  } finally {
    await ws.dispose();
  }
}

const answers = [];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) answers.push(kind === 'subscribe' ? await subscribeOnce() : await post(headers, body));
  }),
);
agent.destroy();
parentPort.postMessage(answers);
