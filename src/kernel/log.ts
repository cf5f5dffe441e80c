import { pino } from 'pino';

/** The one logger. Level comes from LOG_LEVEL (tests run with `silent`). */
export const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: undefined });
