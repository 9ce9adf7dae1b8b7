import "server-only";
// The district's facts change only when its data does, while the dashboard asks for them for
// many reference dates and readers: they are kept per data stamp (dashboard-cache.ts) and every
// day and reader is computed from them in memory (facts-on.ts). After a change they are not read
// whole again: the change log (change-log.ts) says which cadres, units, posts and entries the
// changes since the kept facts touched, and only those are read again and merged in
// (apply-changes.ts). The whole facts are read at the start, after a change the log cannot
// describe (the policy profile, a TRUNCATE, a gap in the log, a very long log), with a profile
// that reads the full history, or when applying failed. Only the newest facts are kept;
// concurrent requests for them share one read, and a failed read is not kept.
import { applyChanges } from "./apply-changes";
import { cadreColumn, ofCadre } from "./fact-positions";
import { changesSince } from "./change-log";
import { loadDistrictFacts, type DistrictFacts } from "./load-facts";

interface Kept {
  key: string;
  db: string;
  facts: Promise<DistrictFacts>;
}

// On globalThis, like the model cache: one per process however often Next.js bundles this module.
const g = globalThis as unknown as { miaopuDistrictFacts?: Kept | null; miaopuFactsStats?: FactsStats };

/** How the facts were brought up to date (the benchmark and the tests read it). */
export interface FactsStats {
  whole: number;
  applied: number;
  unchanged: number;
}
const stats: FactsStats = (g.miaopuFactsStats ??= { whole: 0, applied: 0, unchanged: 0 });

export function factsStats(): FactsStats {
  return { ...stats };
}

/**
 * The facts for `stamp` (the data stamp read just before): kept, brought up to date from the
 * kept ones, or read whole — with the promotions `firstDay` will read alongside.
 */
export function districtFacts(stamp: string, firstDay?: Date): Promise<DistrictFacts> {
  // the database is part of the key: tests and scripts point DATABASE_URL elsewhere mid-run
  const db = process.env.DATABASE_URL ?? "";
  const key = `${db}|${stamp}`;
  const kept = g.miaopuDistrictFacts;
  if (kept?.key === key) return kept.facts;
  const facts =
    kept?.db === db
      ? kept.facts.then(
          (before) => upToDate(before, firstDay),
          () => whole(firstDay),
        )
      : whole(firstDay);
  const entry: Kept = { key, db, facts };
  g.miaopuDistrictFacts = entry;
  entry.facts.catch(() => {
    if (g.miaopuDistrictFacts === entry) g.miaopuDistrictFacts = null;
  });
  return entry.facts;
}

function whole(firstDay?: Date): Promise<DistrictFacts> {
  stats.whole += 1;
  // the columns the next change's merge reads (appointments-index.ts), built with the read rather than by the first reader after a change
  return loadDistrictFacts(firstDay).then((d) => {
    if (!d.fullHistory) {
      cadreColumn(d.staffing.appointments, ofCadre);
      cadreColumn(d.entries, ofCadre);
    }
    return d;
  });
}

/** The kept facts with the changes since them applied, or read whole when the log cannot say what changed. */
export async function upToDate(before: DistrictFacts, firstDay?: Date): Promise<DistrictFacts> {
  if (before.fullHistory) return whole(firstDay);
  const changes = await changesSince(before.counter);
  if (changes.whole) return whole(firstDay);
  if (changes.counter === before.counter) {
    stats.unchanged += 1;
    return before;
  }
  try {
    const after = await applyChanges(before, changes);
    stats.applied += 1;
    return after;
  } catch (e) {
    console.warn(
      `[miaopu] dashboard facts: applying the changes failed (${e instanceof Error ? e.message : String(e)}); reading them whole`,
    );
    return whole(firstDay);
  }
}

/** Forgets the kept facts (tests, benchmarks; clearDashboardCache). */
export function clearDistrictFacts(): void {
  g.miaopuDistrictFacts = null;
}
