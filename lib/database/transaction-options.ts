// Interactive-transaction limits for every Prisma client of the app, the seed and the CLI.
//
// Prisma's defaults (wait 2 s for a connection, 5 s for the whole transaction) fail writes on a
// busy server: with the two cores saturated, 20 concurrent audited saves queue behind the
// audit-append lock and the connection pool, and the last ones gave up after 2 s ("Unable to
// start a transaction in the given time"). A save that waits its turn is what users expect; a
// transaction that is really stuck is still ended, and PostgreSQL's lock waits stay bounded by
// the same timeout (the transaction is rolled back when it is exceeded).
export const TRANSACTION_OPTIONS = {
  /** How long a transaction may wait for a pooled connection. */
  maxWait: 30_000,
  /** How long one interactive transaction may run, its waits for locks included. */
  timeout: 60_000,
} as const;
