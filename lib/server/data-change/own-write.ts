import "server-only";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/server/auth/options";
import { readPrimaryRows } from "@/lib/server/db-read";
import { noteStamp } from "./listener";
import { parseLsn } from "./lsn";

// A user who has just saved must see the save, whichever app process nginx sends the next
// request to. After every write action the primary's WAL flush position — at or past the
// action's commit — goes into a short-lived cookie; until the replica has replayed up to it,
// that user's reads that could go to the replica read the primary (replica.ts), and their
// dashboard's data stamp is read from the primary too (stamp.ts). The cookie only ever sends a
// read to the primary, so a forged one can do no harm.
const COOKIE = "miaopu-wrote";
/** Long enough for any replica within its lag bound; a lagging replica is left by its own check. */
const COOKIE_SECONDS = 60;

/** Records this request's write (call after it committed). Never throws: a failure is logged. */
export async function noteOwnWrite(): Promise<void> {
  // outside a request (tests calling an action, scripts) there is no browser to remember it
  const jar = await requestCookies();
  if (!jar) return;
  try {
    const [[lsn, counter]] = await readPrimaryRows<[string, string]>(
      `select pg_current_wal_flush_lsn()::text, (select counter::text from "DataChange" where id = 1)`,
    );
    // this process's own dashboards need not wait for the NOTIFY of its own commit
    noteStamp(BigInt(counter));
    jar.set(COOKIE, lsn, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies,
      path: "/",
      maxAge: COOKIE_SECONDS,
    });
  } catch (e) {
    console.warn(`[miaopu] could not record a write's position (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The request's cookies; null outside a request (the background refresh, tests calling an action, scripts). */
async function requestCookies(): Promise<Awaited<ReturnType<typeof cookies>> | null> {
  try {
    return await cookies();
  } catch {
    return null;
  }
}

/** The WAL position of this user's latest write (within the cookie's life), or null; null outside a request. */
export async function ownWriteLsn(): Promise<bigint | null> {
  return parseLsn((await requestCookies())?.get(COOKIE)?.value);
}
