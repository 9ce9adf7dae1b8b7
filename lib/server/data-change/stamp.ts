import "server-only";
import { readPrimaryRows } from "@/lib/server/db-read";
import { listenerStamp, noteStamp } from "./listener";
import { ownWriteLsn } from "./own-write";

/**
 * The data stamp ("DataChange".counter) for the dashboard cache: the newest counter this
 * process heard (listener.ts) — no query — unless the listener is not connected (not started,
 * or reconnecting) or the reader has just saved something (own-write.ts): then it is read from
 * the primary, so nobody is shown figures older than their own save.
 */
export async function currentStamp(): Promise<string> {
  const heard = listenerStamp();
  if (heard !== null && (await ownWriteLsn()) === null) return heard.toString();
  const [[counter]] = await readPrimaryRows<[string]>(`select counter::text from "DataChange" where id = 1`);
  noteStamp(BigInt(counter));
  return counter;
}
