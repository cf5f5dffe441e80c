import { afterEach, describe, expect, it } from 'vitest';
import {
  achReturnTime,
  centralTime,
  centralTimeToDate,
  expectedArrivalDate,
  inboundTransferArrival,
  isBankingDay,
  setBankHolidays,
  submissionTime,
  type ArrivalNetwork,
} from './arrival.js';
import { federalReserveHolidays, isFederalReserveHoliday } from './holidays.js';

/**
 * Business-day arrival dates (treasury-guides.md §4.3): Evolve Bank & Trust cutoffs in Central Time
 * (ACH 6pm, Same Day ACH 11am, wire 3pm), banking days Monday–Friday except Federal Reserve holidays,
 * and Stripe's convention of expressing the arrival day as the next midnight UTC.
 */

const iso = (d: { y: number; m: number; d: number }) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
/** A Central Time wall-clock moment. */
const ct = (date: string, hour: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return centralTimeToDate({ y, m, d }, hour);
};
/** The expected_arrival_date Stripe shows for an arrival on `date`: the next midnight UTC, in Unix seconds. */
const arrivingOn = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000 + 86_400;

describe('Federal Reserve holidays', () => {
  it("match the Fed's published schedules, with Saturday holidays not observed and Sunday ones moved to Monday", () => {
    expect(federalReserveHolidays(2025).map(iso)).toEqual([
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-12-25',
    ]);
    // 2026: Independence Day is a Saturday, so banks are open Friday July 3.
    expect(federalReserveHolidays(2026).map(iso)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    // 2022: New Year's Day on a Saturday (not observed), Juneteenth and Christmas on Sundays (observed Monday).
    const y2022 = federalReserveHolidays(2022).map(iso);
    expect(y2022).not.toContain('2021-12-31');
    expect(y2022).toEqual(expect.arrayContaining(['2022-06-20', '2022-12-26']));
    expect(y2022).toHaveLength(10);
    expect(isFederalReserveHoliday({ y: 2026, m: 7, d: 3 })).toBe(false);
    expect(isBankingDay({ y: 2025, m: 11, d: 27 })).toBe(false);
    expect(isBankingDay({ y: 2025, m: 11, d: 28 })).toBe(true);
  });
});

/** The guide's arrival table, by the weekday a request is made (2025-06-02 is a Monday; that week has no holiday). */
const WEEK = ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06', '2025-06-07', '2025-06-08'];
const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Arrival day (the next week's days as +7) per request day, before and after the cutoff. */
const TABLE: Record<ArrivalNetwork, { hourBefore: number; hourAfter: number; before: string[]; after: string[] }> = {
  // ACH: Mon→Tue, Tue→Wed, Wed→Thu, Thu→Fri, Fri→Mon, Sat/Sun→Tue; late requests move a banking day.
  ach: {
    hourBefore: 17,
    hourAfter: 18,
    before: ['Tue', 'Wed', 'Thu', 'Fri', 'Mon+', 'Tue+', 'Tue+'],
    after: ['Wed', 'Thu', 'Fri', 'Mon+', 'Tue+', 'Tue+', 'Tue+'],
  },
  // Same Day ACH: the same banking day before 11am CT.
  ach_same_day: {
    hourBefore: 10,
    hourAfter: 11,
    before: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Mon+', 'Mon+'],
    after: ['Tue', 'Wed', 'Thu', 'Fri', 'Mon+', 'Mon+', 'Mon+'],
  },
  // Wires: Mon→Mon … Fri→Fri, Sat/Sun→Mon, before 3pm CT.
  us_domestic_wire: {
    hourBefore: 14,
    hourAfter: 15,
    before: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Mon+', 'Mon+'],
    after: ['Tue', 'Wed', 'Thu', 'Fri', 'Mon+', 'Mon+', 'Mon+'],
  },
  stripe: { hourBefore: 0, hourAfter: 0, before: [], after: [] },
};
const dayOf = (name: string) => (name.endsWith('+') ? ['2025-06-09', '2025-06-10'][NAMES.indexOf(name.slice(0, -1))]! : WEEK[NAMES.indexOf(name)]!);

describe('expected arrival dates', () => {
  for (const network of ['ach', 'ach_same_day', 'us_domestic_wire'] as const) {
    it(`${network}: every weekday, before and after the cutoff`, () => {
      const t = TABLE[network];
      for (const [i, day] of WEEK.entries()) {
        expect([network, NAMES[i], 'before', expectedArrivalDate(network, ct(day, t.hourBefore))]).toEqual([
          network,
          NAMES[i],
          'before',
          arrivingOn(dayOf(t.before[i]!)),
        ]);
        expect([network, NAMES[i], 'after', expectedArrivalDate(network, ct(day, t.hourAfter))]).toEqual([
          network,
          NAMES[i],
          'after',
          arrivingOn(dayOf(t.after[i]!)),
        ]);
      }
    });
  }

  it("matches the seed examples' convention: ACH created on a Wednesday before the cutoff → Friday 00:00 UTC", () => {
    expect(expectedArrivalDate('ach', ct('2023-04-05', 9))).toBe(1680825600);
    expect(expectedArrivalDate('ach', ct('2022-08-03', 9))).toBe(1659657600);
  });

  it('the stripe network arrives by the next midnight UTC, any day', () => {
    expect(expectedArrivalDate('stripe', new Date('2025-06-07T13:00:00Z'))).toBe(arrivingOn('2025-06-07'));
    expect(expectedArrivalDate('stripe', new Date('2025-06-07T23:59:59Z'))).toBe(arrivingOn('2025-06-07'));
  });

  it('around holidays: Thanksgiving (Thursday), Labor Day (Monday) and a Sunday holiday observed on Monday', () => {
    // Thanksgiving 2025-11-27: ACH on Wednesday arrives Friday; a wire on Thanksgiving goes on Friday.
    expect(expectedArrivalDate('ach', ct('2025-11-26', 12))).toBe(arrivingOn('2025-11-28'));
    expect(expectedArrivalDate('ach', ct('2025-11-26', 19))).toBe(arrivingOn('2025-12-01'));
    expect(expectedArrivalDate('us_domestic_wire', ct('2025-11-27', 9))).toBe(arrivingOn('2025-11-28'));
    // Labor Day 2025-09-01: ACH on Friday before arrives Tuesday, not Monday.
    expect(expectedArrivalDate('ach', ct('2025-08-29', 12))).toBe(arrivingOn('2025-09-02'));
    // Juneteenth 2022 fell on a Sunday: banks closed Monday 2022-06-20.
    expect(expectedArrivalDate('ach', ct('2022-06-17', 12))).toBe(arrivingOn('2022-06-21'));
    expect(expectedArrivalDate('us_domestic_wire', ct('2022-06-18', 12))).toBe(arrivingOn('2022-06-21'));
    // Independence Day 2026 is a Saturday: Friday July 3 is a banking day.
    expect(expectedArrivalDate('ach', ct('2026-07-02', 12))).toBe(arrivingOn('2026-07-03'));
  });

  it('cutoffs follow Central Time through daylight saving changes', () => {
    // 5:30pm CT is before the ACH cutoff in January (UTC−6) and in July (UTC−5).
    expect(expectedArrivalDate('ach', new Date('2025-01-14T23:30:00Z'))).toBe(arrivingOn('2025-01-15'));
    expect(expectedArrivalDate('ach', new Date('2025-07-15T22:30:00Z'))).toBe(arrivingOn('2025-07-16'));
    expect(expectedArrivalDate('ach', new Date('2025-07-15T23:30:00Z'))).toBe(arrivingOn('2025-07-17'));
  });

  it('Central Time wall clock equals the zone database at every minute around both 2025 clock changes', () => {
    const zone = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    for (const change of ['2025-03-09T08:00:00Z', '2025-11-02T07:00:00Z']) {
      for (let ms = Date.parse(change) - 3 * 3_600_000; ms <= Date.parse(change) + 3 * 3_600_000; ms += 60_000) {
        const p = Object.fromEntries(zone.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
        expect(centralTime(new Date(ms))).toEqual({ y: p.year, m: p.month, d: p.day, hour: p.hour, minute: p.minute });
      }
    }
  });

  it('submission happens at the cutoff of the submission day', () => {
    expect(submissionTime('ach', ct('2025-06-06', 12))).toEqual(ct('2025-06-06', 18));
    expect(submissionTime('ach', ct('2025-06-07', 12))).toEqual(ct('2025-06-09', 18));
    expect(submissionTime('us_domestic_wire', ct('2025-06-04', 16))).toEqual(ct('2025-06-05', 15));
  });
});

describe('InboundTransfer arrival', () => {
  afterEach(() => setBankHolidays(isFederalReserveHoliday));

  it('funds arrive ~10am CT on the fourth banking day: Mon → Fri, Sat/Sun → Fri, skipping holidays', () => {
    expect(inboundTransferArrival(ct('2025-06-02', 12))).toEqual(ct('2025-06-06', 10));
    expect(inboundTransferArrival(ct('2025-06-07', 12))).toEqual(ct('2025-06-13', 10));
    expect(inboundTransferArrival(ct('2025-06-08', 12))).toEqual(ct('2025-06-13', 10));
    // After the cutoff: submitted Tuesday, arrives the next Monday.
    expect(inboundTransferArrival(ct('2025-06-02', 19))).toEqual(ct('2025-06-09', 10));
    // Thanksgiving week: Mon 11-24 → Tue, Wed, Fri, Mon 12-01.
    expect(inboundTransferArrival(ct('2025-11-24', 9))).toEqual(ct('2025-12-01', 10));
    // ACH returns: the n-th banking day after submission.
    expect(achReturnTime(ct('2025-06-06', 12), 2)).toEqual(ct('2025-06-10', 10));
  });

  it('the holiday calendar can be replaced (setBankHolidays)', () => {
    setBankHolidays((d) => d.y === 2025 && d.m === 6 && d.d === 3);
    expect(expectedArrivalDate('ach', ct('2025-06-02', 12))).toBe(arrivingOn('2025-06-04'));
  });
});
