/**
 * Expected arrival dates. Networks settle on banking days in the bank's time zone (Central Time,
 * Evolve Bank & Trust): a request after the cutoff, or on a weekend or a US bank holiday (the Federal
 * Reserve's schedule, ./holidays.ts), is submitted the next banking day. ACH arrives the banking day
 * after submission; Same Day ACH and wires the same day; the stripe network at once. Stripe expresses
 * the arrival day as the following midnight UTC (seed examples: created Wednesday → expected_arrival_date
 * Friday 00:00 UTC for ACH).
 */
import { isFederalReserveHoliday, type Day } from './holidays.js';

export type { Day } from './holidays.js';
export type Network = 'ach' | 'us_domestic_wire' | 'stripe';
/** Networks with a timetable; `ach_same_day` is Same Day ACH (not selectable on Stripe's v1 flows, see docs/decisions/stripe-behaviour.md). */
export type ArrivalNetwork = Network | 'ach_same_day';
type BankNetwork = Exclude<ArrivalNetwork, 'stripe'>;

/** Evolve Bank & Trust cutoffs, Central Time (hour of day): ACH 6pm, Same Day ACH 11am, wires 3pm. */
export const CUTOFF_HOUR_CT: Record<BankNetwork, number> = { ach: 18, ach_same_day: 11, us_domestic_wire: 15 };
/** InboundTransfer funds arrive "on the morning of the fourth business day" (~10am CT). */
export const INBOUND_TRANSFER_ARRIVAL_HOUR_CT = 10;
const ZONE = 'America/Chicago';

const fmt = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * Central Time's offset from UTC (minutes) in the UTC hour holding `ms`: the zone database answers it
 * once per hour (offsets change only on hour boundaries), since Intl formatting costs more CPU than
 * everything else a flow computes (several calls per create).
 */
const offsets = new Map<number, number>();
function centralOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(hour * 3_600_000)).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    offset = (wall - hour * 3_600_000) / 60_000;
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

export function centralTime(at: Date): Day & { hour: number; minute: number } {
  const wall = new Date(at.getTime() + centralOffsetMinutes(at.getTime()) * 60_000);
  return { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

const toUtc = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);
export const addDays = (day: Day, n: number): Day => {
  const t = new Date(toUtc(day) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** The instant a Central Time wall-clock hour happens on `day` (CST is UTC−6, CDT UTC−5). */
export function centralTimeToDate(day: Day, hour: number): Date {
  for (const offset of [5, 6]) {
    const candidate = new Date(toUtc(day) + (hour + offset) * 3_600_000);
    const ct = centralTime(candidate);
    if (ct.d === day.d && ct.hour === hour) return candidate;
  }
  return new Date(toUtc(day) + (hour + 6) * 3_600_000);
}

/** Banking days: Monday to Friday, except Federal Reserve holidays (replaceable for tests). */
export let isBankHoliday: (day: Day) => boolean = isFederalReserveHoliday;
export function setBankHolidays(fn: (day: Day) => boolean) {
  isBankHoliday = fn;
}

export function isBankingDay(day: Day): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(day);
}

/** The `n`-th banking day after `day` (n ≥ 1). */
export function bankingDayAfter(day: Day, n = 1): Day {
  let next = day;
  for (let i = 0; i < n; i++) {
    next = addDays(next, 1);
    while (!isBankingDay(next)) next = addDays(next, 1);
  }
  return next;
}

/** The banking day a request made at `at` is submitted to the network (same day if before the cutoff). */
export function submissionDay(network: BankNetwork, at: Date): Day {
  const ct = centralTime(at);
  const today: Day = { y: ct.y, m: ct.m, d: ct.d };
  return !isBankingDay(today) || ct.hour >= CUTOFF_HOUR_CT[network] ? bankingDayAfter(today) : today;
}

/** When the request is handed to the network: the cutoff of its submission day (or `at` for stripe). */
export function submissionTime(network: ArrivalNetwork, at: Date): Date {
  if (network === 'stripe') return at;
  const submitted = centralTimeToDate(submissionDay(network, at), CUTOFF_HOUR_CT[network]);
  return submitted < at ? at : submitted;
}

/** Unix seconds of the expected arrival date for a request made at `at` on `network`. */
export function expectedArrivalDate(network: ArrivalNetwork, at: Date): number {
  // The stripe network moves money within minutes, any day: it arrives by the next midnight UTC.
  if (network === 'stripe') return Math.floor(at.getTime() / 86_400_000 + 1) * 86_400;
  const submitted = submissionDay(network, at);
  const arrival = network === 'ach' ? bankingDayAfter(submitted) : submitted;
  return Math.floor(toUtc(addDays(arrival, 1)) / 1000);
}

/** When an ACH InboundTransfer's funds arrive: ~10am CT on the fourth banking day after submission. */
export function inboundTransferArrival(at: Date): Date {
  return centralTimeToDate(bankingDayAfter(submissionDay('ach', at), 4), INBOUND_TRANSFER_ARRIVAL_HOUR_CT);
}

/** When an ACH return reaches the originator: ~10am CT on the `n`-th banking day after `at`'s submission day. */
export function achReturnTime(at: Date, n = 1): Date {
  return centralTimeToDate(bankingDayAfter(submissionDay('ach', at), n), INBOUND_TRANSFER_ARRIVAL_HOUR_CT);
}
