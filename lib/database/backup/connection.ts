// Turns a DATABASE_URL into arguments for libpq programs (pg_dump, pg_restore) without putting
// the password on the command line, where `ps` would show it: it goes in PGPASSWORD.
// Parameters only Prisma understands (schema, connection_limit, …) are dropped; libpq would
// reject them.
const LIBPQ_PARAMS = new Set([
  "sslmode",
  "sslrootcert",
  "sslcert",
  "sslkey",
  "sslpassword",
  "connect_timeout",
  "application_name",
  "options",
  "target_session_attrs",
  "host",
  "port",
  "gssencmode",
]);

export interface LibpqTarget {
  /** Connection URI without the password, for --dbname. */
  uri: string;
  env: Record<string, string>;
}

export function libpqTarget(databaseUrl: string): LibpqTarget {
  const u = new URL(databaseUrl);
  const env: Record<string, string> = {};
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = "";
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  return { uri: u.toString(), env };
}
