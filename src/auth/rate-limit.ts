import { GraphQLError } from 'graphql';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { hashKey, keyFromHeader } from './auth.js';

/**
 * Per-API-key request limits (rate-limiter-flexible, in this process's memory).
 *
 * Each key may make `perSecond` requests in every one-second window and, beyond that, `burst` more in
 * every ten-second window (BurstyRateLimiter: a 1 s limiter, then a 10 s burst allowance). Every HTTP
 * request to /graphql and every websocket operation (each `subscribe` message) of a valid key takes
 * one point; a key's test and live keys are counted apart. `perSecond = 0` turns limiting off.
 *
 * Counters live in process memory: no database round trip on the hot path, nothing to clean up, and
 * limiting keeps working while the database is slow. With several server processes each counts on
 * its own, so behind a load balancer that spreads one key over N processes a key gets up to N times
 * the limit (route by Authorization header, or divide the limits by N).
 */
/**
 * Requests without a valid API key (none, malformed, unknown or revoked) are limited per client
 * address (the TCP peer; behind a proxy, the proxy) by a second limiter of the same kind, so
 * anonymous traffic and key guessing cannot take the server's time from tenants
 * (FINGRAPH_RATE_LIMIT_ANONYMOUS_*).
 */
export interface RateLimitConfig {
  perSecond: number;
  burst: number;
}

/** The window of the burst allowance, in seconds. */
export const BURST_WINDOW_SECONDS = 10;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class KeyRateLimiter {
  private readonly limiter: BurstyRateLimiter | RateLimiterMemory | null;

  constructor(config: RateLimitConfig | undefined) {
    if (!config || config.perSecond <= 0) {
      this.limiter = null;
      return;
    }
    const main = new RateLimiterMemory({ keyPrefix: 'rate', points: config.perSecond, duration: 1 });
    this.limiter =
      config.burst > 0
        ? new BurstyRateLimiter(main, new RateLimiterMemory({ keyPrefix: 'burst', points: config.burst, duration: BURST_WINDOW_SECONDS }))
        : main;
  }

  get enabled(): boolean {
    return this.limiter !== null;
  }

  /** Takes one point for the key in `authorization` (`Bearer sk_…`, already authenticated). */
  async take(authorization: string): Promise<RateDecision> {
    // Bearer and Basic forms of one key share its budget.
    return this.takeFor(hashKey(keyFromHeader(authorization) ?? authorization.trim()));
  }

  /** Takes one point for any other client identity (a client address, for requests without a valid key). */
  async takeFor(identity: string): Promise<RateDecision> {
    if (!this.limiter) return { allowed: true };
    try {
      await this.limiter.consume(identity);
      return { allowed: true };
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    }
  }
}

export const rateLimitMessage = (retryAfterSeconds: number, subject = 'with this API key') =>
  `Too many requests ${subject}: retry after ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;

/**
 * The GraphQL error of a refused request or websocket operation: extensions.code `RATE_LIMITED` and
 * `retryAfter` (seconds). Over HTTP it comes with status 429 and a Retry-After header.
 */
export function rateLimited(retryAfterSeconds: number, subject?: string): GraphQLError {
  return new GraphQLError(rateLimitMessage(retryAfterSeconds, subject), {
    extensions: { code: 'RATE_LIMITED', type: 'invalid_request_error', stripeCode: 'rate_limit', retryAfter: retryAfterSeconds },
  });
}
