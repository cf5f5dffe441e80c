import { pino } from 'pino';

/**
 * An error as logged: its type, code and message, never the statement's parameters (tenant data:
 * drizzle puts them in the message after `params:`, postgres.js in `parameters`) nor its query text.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err).slice(0, 500) };
  const e = err as Error & { code?: unknown; cause?: unknown; originalError?: unknown };
  const message = e.message.replace(/\nparams:[\s\S]*$/, '').replace(/^Failed query:[\s\S]*$/, 'Failed query');
  const out: Record<string, unknown> = { type: e.name, message: message.slice(0, 500) };
  if (typeof e.code === 'string') out.code = e.code;
  // Only the frames: the stack starts with the message.
  if (e.stack)
    out.stack = e.stack
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 8)
      .join('\n');
  // A GraphQLError wraps the resolver's error (a failed statement among them).
  const cause = e.originalError ?? e.cause;
  if (cause !== undefined && cause !== err) out.cause = safeError(cause);
  return out;
}

/** Log arguments with every error made safe (graphql-yoga logs lists of arguments). */
export const safeArgs = (args: unknown[]) => args.map((a) => (a instanceof Error ? safeError(a) : a));

/** The one logger. Level comes from LOG_LEVEL (tests run with `silent`). */
export const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: undefined, serializers: { err: safeError } });
