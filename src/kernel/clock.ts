/** The one source of "now" for writes; test clocks (later) hook in here. */
export const clock = {
  now: (): Date => new Date(),
};

/** Stripe's timestamps are Unix seconds. */
export const unix = (d: Date): number => Math.floor(d.getTime() / 1000);
export const unixOrNull = (d: Date | null | undefined): number | null => (d ? unix(d) : null);
