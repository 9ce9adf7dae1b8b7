import "server-only";
// The district's facts change only when its data does, while the dashboard asks for them for
// many reference dates and readers: they are read once per data stamp (dashboard-cache.ts) and
// every day and reader is computed from them in memory (facts-on.ts). Only the newest stamp's
// facts are kept; concurrent requests for it share one read, and a failed read is not kept.
import { loadDistrictFacts, type DistrictFacts } from "./load-facts";

interface Kept {
  key: string;
  facts: Promise<DistrictFacts>;
}

// On globalThis, like the model cache: one per process however often Next.js bundles this module.
const g = globalThis as unknown as { miaopuDistrictFacts?: Kept | null };

/**
 * The facts for `stamp` (the data stamp read just before): kept, or read now — with the
 * promotions `firstDay` will read alongside.
 */
export function districtFacts(stamp: string, firstDay?: Date): Promise<DistrictFacts> {
  // the database is part of the key: tests and scripts point DATABASE_URL elsewhere mid-run
  const key = `${process.env.DATABASE_URL ?? ""}|${stamp}`;
  const kept = g.miaopuDistrictFacts;
  if (kept?.key === key) return kept.facts;
  const entry: Kept = { key, facts: loadDistrictFacts(firstDay) };
  g.miaopuDistrictFacts = entry;
  entry.facts.catch(() => {
    if (g.miaopuDistrictFacts === entry) g.miaopuDistrictFacts = null;
  });
  return entry.facts;
}

/** Forgets the kept facts (tests, benchmarks; clearDashboardCache). */
export function clearDistrictFacts(): void {
  g.miaopuDistrictFacts = null;
}
