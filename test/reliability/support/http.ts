import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; [k: string]: unknown }[];
}

/**
 * A minimal HTTP client over keep-alive sockets (no fetch overhead in load loops). Only for
 * 127.0.0.1: the suites never send anything elsewhere.
 */
export class HttpClient {
  readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    url: string,
    private readonly key: string | null = null,
    maxSockets = 64,
  ) {
    this.target = new URL(url);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(this.target.hostname)) throw new Error(`refusing to send load to ${this.target.hostname}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** Sends one request; rejects on network errors (connection refused or reset: the outcome is unknown). */
  raw(opts: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunked?: boolean;
    timeoutMs?: number;
  }): Promise<RawResponse> {
    const body = opts.body ?? '';
    const retried = (opts as { retried?: boolean }).retried === true;
    const headers: Record<string, string | number> = { ...(opts.headers ?? {}) };
    if (!opts.chunked && opts.method !== 'GET') headers['content-length'] = Buffer.byteLength(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: opts.path ?? this.target.pathname,
          method: opts.method ?? 'POST',
          headers,
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        // The keep-alive race: the server closed an idle socket (its 5 s keep-alive timeout) as this
        // request reused it, so it never read the request. Sent again once on a new socket (Node's advice).
        if (req.reusedSocket && err.code === 'ECONNRESET' && !retried) return void this.raw({ ...opts, retried: true } as typeof opts).then(resolve, reject);
        reject(err);
      });
      if (opts.timeoutMs) req.setTimeout(opts.timeoutMs, () => req.destroy(new Error(`request timed out after ${opts.timeoutMs} ms`)));
      if (opts.chunked) {
        // Several writes without content-length: Node sends Transfer-Encoding: chunked.
        const buf = Buffer.from(body);
        const step = 64 * 1024;
        for (let i = 0; i < buf.length; i += step) req.write(buf.subarray(i, i + step));
      } else if (body.length) req.write(body);
      req.end();
    });
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>, key: string | null = this.key): Promise<GqlResponse<T>> {
    const res = await this.raw({
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    let parsed: GqlResponse<T>;
    try {
      parsed = JSON.parse(res.text) as GqlResponse<T>;
    } catch {
      throw new Error(`non-JSON response (${res.status}): ${res.text.slice(0, 200)}`);
    }
    return { ...parsed, status: res.status };
  }

  close() {
    this.agent.destroy();
  }
}
