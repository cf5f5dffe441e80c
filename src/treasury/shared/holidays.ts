/**
 * US bank holidays: the Federal Reserve System's holiday schedule, which ACH and Fedwire (and so
 * Evolve Bank & Trust) follow. A documented table, computed by the Fed's own rules rather than
 * copied year by year:
 *
 *   New Year's Day (Jan 1) · Martin Luther King Jr. Day (3rd Monday of January) · Washington's
 *   Birthday (3rd Monday of February) · Memorial Day (last Monday of May) · Juneteenth National
 *   Independence Day (June 19, from 2021) · Independence Day (July 4) · Labor Day (1st Monday of
 *   September) · Columbus Day (2nd Monday of October) · Veterans Day (Nov 11) · Thanksgiving Day
 *   (4th Thursday of November) · Christmas Day (Dec 25).
 *
 * Observance differs from the federal government's (OPM) rule, which is why a generic "US public
 * holidays" library would be wrong here: "For holidays falling on Saturday, Federal Reserve Banks and
 * Branches will be open the preceding Friday. For holidays falling on Sunday, all Federal Reserve
 * Banks and Branches will be closed the following Monday." (federalreserve.gov, K.8 holiday schedule).
 */
export interface Day {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** The n-th (1-based) `dow` (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, dow: number, n: number): number {
  if (n > 0) {
    const first = weekday(y, m, 1);
    return 1 + ((dow - first + 7) % 7) + (n - 1) * 7;
  }
  const lastDate = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekday(y, m, lastDate);
  return lastDate - ((last - dow + 7) % 7);
}

export interface Holiday extends Day {
  name: string;
}

const cache = new Map<number, Holiday[]>();

/** The days the Federal Reserve Banks are closed in `year`, in date order. */
export function federalReserveHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const fixed = (m: number, d: number, name: string): Holiday | null => {
    const dow = weekday(year, m, d);
    if (dow === 6) return null; // Saturday: banks open the Friday before
    if (dow === 0) return { y: year, m, d: d + 1, name: `${name} (observed)` }; // Sunday: closed Monday
    return { y: year, m, d, name };
  };
  const list = [
    fixed(1, 1, "New Year's Day"),
    { y: year, m: 1, d: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' },
    { y: year, m: 2, d: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { y: year, m: 5, d: nthWeekday(year, 5, 1, -1), name: 'Memorial Day' },
    year >= 2021 ? fixed(6, 19, 'Juneteenth National Independence Day') : null,
    fixed(7, 4, 'Independence Day'),
    { y: year, m: 9, d: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { y: year, m: 10, d: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    fixed(11, 11, 'Veterans Day'),
    { y: year, m: 11, d: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    fixed(12, 25, 'Christmas Day'),
  ].filter((h): h is Holiday => h !== null);
  cache.set(year, list);
  return list;
}

export function isFederalReserveHoliday(day: Day): boolean {
  return federalReserveHolidays(day.y).some((h) => h.m === day.m && h.d === day.d);
}
