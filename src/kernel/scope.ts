/** Who is acting: every read and write is confined to this account and mode. */
export interface Scope {
  accountId: string;
  livemode: boolean;
}
