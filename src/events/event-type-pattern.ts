import { badUserInput } from '../kernel/query-errors.js';
import { WEBHOOK_EVENT_TYPES } from './webhooks/webhook-event-types.js';

/**
 * Event type filters (`events(type:)`, `events(types:)`, the `events` subscription): exact type names,
 * or patterns where a `*` stands for one whole segment (`treasury.*.created`), or, last, for the rest
 * of the name (`treasury.*`, `*`). Matched segment by segment (no regex, no LIKE: a pattern is never
 * code), and each pattern must name at least one known event type, as webhook `enabledEvents` must.
 * A filter resolves to the set of known types it matches.
 */
export const MAX_TYPE_PATTERNS = 20;
export const MAX_TYPE_PATTERN_LENGTH = 100;
/** A segment is `*` or a run of lowercase letters, digits and underscores (as every Stripe type's are). */
const SEGMENT = /^(?:\*|[a-z0-9_]+)$/;

const knownSegments = WEBHOOK_EVENT_TYPES.map((type) => ({ type, segments: type.split('.') }));

function matches(pattern: readonly string[], type: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (i >= type.length) return false;
    if (pattern[i] === '*') {
      if (i === pattern.length - 1) return true;
      continue;
    }
    if (pattern[i] !== type[i]) return false;
  }
  return pattern.length === type.length;
}

/** The known types `patterns` match, or null for "every type" (no filter, or a bare `*`). Throws invalid_request_error. */
export function resolveTypePatterns(patterns: readonly string[] | null | undefined, param: string): ReadonlySet<string> | null {
  if (!patterns) return null;
  if (patterns.length > MAX_TYPE_PATTERNS) throw badUserInput('parameter_invalid', `${param} accepts at most ${MAX_TYPE_PATTERNS} values.`, [param]);
  const out = new Set<string>();
  for (const pattern of patterns) {
    const where = [param];
    if (pattern.length > MAX_TYPE_PATTERN_LENGTH)
      throw badUserInput('parameter_invalid', `Invalid ${param}: an event type is at most ${MAX_TYPE_PATTERN_LENGTH} characters.`, where);
    if (pattern === '*') return null;
    const segments = pattern.split('.');
    const shown = pattern.slice(0, MAX_TYPE_PATTERN_LENGTH);
    if (!segments.every((s) => SEGMENT.test(s)))
      throw badUserInput(
        'parameter_invalid',
        `Invalid ${param}: '${shown}' is not an event type or pattern (dot-separated segments; \`*\` stands for a whole segment).`,
        where,
      );
    let any = false;
    for (const known of knownSegments)
      if (matches(segments, known.segments)) {
        out.add(known.type);
        any = true;
      }
    if (!any) throw badUserInput('parameter_invalid', `Invalid ${param}: '${shown}' matches no known event type.`, where);
  }
  return out;
}
