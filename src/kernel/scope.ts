/** Who is acting: every read and write is confined to this account and mode. */
export interface Scope {
  accountId: string;
  livemode: boolean;
  /**
   * The account's test-clock time as the request's authentication read it (null: no clock), for the
   * request's first command, which then skips its own read of the clock (one statement per mutation).
   * Taken once, and only within a second of the read: a later command of the same request (a second
   * mutation field), or one that started late, reads the clock again.
   */
  clockRead?: { frozen: Date | null; readAt: number; taken: boolean };
}
