/**
 * Expected arrival dates. Networks settle on banking days in the bank's time zone (Central Time,
 * Evolve Bank & Trust): a request after the cutoff, or on a weekend, is submitted the next banking
 * day. ACH arrives the banking day after submission; wires the same day; the stripe network at once.
 * Stripe expresses the arrival day as the following midnight UTC (seed examples: created Wednesday
 * → expected_arrival_date Friday 00:00 UTC for ACH).
 */
export type Network = 'ach' | 'us_domestic_wire' | 'stripe';

const CUTOFF_HOUR_CT: Record<Exclude<Network, 'stripe'>, number> = { ach: 18, us_domestic_wire: 15 };

interface Day {
  y: number;
  m: number;
  d: number;
}

const fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', hourCycle: 'h23' });

function centralTime(at: Date): Day & { hour: number } {
  const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), hour: Number(parts.hour) };
}

const toUtc = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);
const addDays = (day: Day, n: number): Day => {
  const t = new Date(toUtc(day) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** Banking days: Monday to Friday, except the holidays this hook reports (refined with the test clock issue). */
export let isBankHoliday: (day: Day) => boolean = () => false;
export function setBankHolidays(fn: (day: Day) => boolean) {
  isBankHoliday = fn;
}

function isBankingDay(day: Day): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(day);
}

function nextBankingDay(day: Day): Day {
  let next = addDays(day, 1);
  while (!isBankingDay(next)) next = addDays(next, 1);
  return next;
}

/** Unix seconds of the expected arrival date for a request made at `at` on `network`. */
export function expectedArrivalDate(network: Network, at: Date): number {
  // The stripe network moves money within minutes, any day: it arrives by the next midnight UTC.
  if (network === 'stripe') return Math.floor(at.getTime() / 86_400_000 + 1) * 86_400;
  const ct = centralTime(at);
  let submitted: Day = { y: ct.y, m: ct.m, d: ct.d };
  if (!isBankingDay(submitted) || ct.hour >= CUTOFF_HOUR_CT[network]) submitted = nextBankingDay(submitted);
  const arrival = network === 'ach' ? nextBankingDay(submitted) : submitted;
  return Math.floor(toUtc(addDays(arrival, 1)) / 1000);
}
