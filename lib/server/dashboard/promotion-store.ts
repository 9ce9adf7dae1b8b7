import "server-only";
// The promotions of one data state, kept per window of start dates as the dashboard's days ask
// for them: today's page reads about three years back, "一年前" one year earlier, so the second
// day reads only the year the first did not. Windows are read in whole calendar years, so a
// leader who picks another day of the same years reads nothing; a window already read is
// answered from memory.
//
// Everything read is kept sorted by date with its compact arrays (lib/rules/staffing/
// compact-promotions.ts), merged as windows are read and as a change re-reads cadres, so a
// day's list is one binary search and a slice that shares those arrays: the 37,000 promotions of
// a day at 500,000 cadres are never read one by one again.
import {
  buildCompactPromotions,
  copyPromotion,
  emptyCompactPromotions,
  fillPromotion,
  slicePromotions,
  type CompactPromotions,
  type PromotionFact,
} from "@/lib/rules";
import { addOfCadres, ascending, carryCadreColumn } from "./fact-positions";
import { mergeAt } from "./merge-facts";

type Loader = (since: Date, until: Date) => Promise<PromotionFact[]>;
/** Windows are whole days (UTC midnights, as the rules' dates). */
const DAY = 86_400_000;

interface Window {
  from: number;
  to: number;
  done: Promise<void>;
}

const byCadre = (p: PromotionFact) => p.cadreId;
const byDateThenId = (a: PromotionFact, b: PromotionFact) =>
  a.promotedOn.getTime() - b.promotedOn.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class PromotionStore {
  private readonly windows: Window[] = [];
  private readonly byId = new Map<string, PromotionFact>();
  /** every promotion read, by date then id, with its compact arrays (and a cadre column: fact-positions.ts) */
  private sorted: CompactPromotions = buildCompactPromotions([]);

  /** `load` reads one window from the database; `all` is every promotion, known up front (the full-history loader). */
  constructor(
    private readonly load: Loader | null,
    all: readonly PromotionFact[] = [],
  ) {
    this.add(all);
  }

  /** Merges promotions not read before into the sorted arrays. */
  private add(rows: readonly PromotionFact[], removedAt: readonly number[] = []): void {
    const fresh = rows.filter((p) => !this.byId.has(p.id));
    for (const p of fresh) this.byId.set(p.id, p);
    if (fresh.length === 0 && removedAt.length === 0) return;
    const before = this.sorted;
    const merged = mergeAt(before.list, removedAt, fresh, byDateThenId);
    if (!merged.from) return;
    const c = emptyCompactPromotions(merged.items);
    merged.from.forEach((j, k) => (j < 0 ? fillPromotion(c, k, merged.items[k]) : copyPromotion(c, k, before, j)));
    carryCadreColumn(before.list, merged, byCadre);
    this.sorted = c;
  }

  /** A promotion read so far, by id. */
  get(id: string): PromotionFact | undefined {
    return this.byId.get(id);
  }

  /** The promotions with promotedOn in [since, until], ordered by date, then id. */
  async between(since: Date, until: Date): Promise<PromotionFact[]> {
    const from = since.getTime();
    const to = until.getTime();
    if (this.load)
      await this.cover(this.load, Date.UTC(since.getUTCFullYear(), 0, 1), Date.UTC(until.getUTCFullYear(), 11, 31));
    const t = this.sorted.t;
    return slicePromotions(this.sorted, firstAtLeast(t, from), firstAtLeast(t, to + 1));
  }

  /**
   * A store for the data after a change: these cadres' promotions read again (`loadFor`, over
   * the windows read so far), everybody else's kept. This store is left as it was, for the
   * computations of the data before the change that may still be running.
   */
  async withCadresReread(
    cadres: readonly string[],
    loadFor: (since: Date, until: Date, cadres: string[]) => Promise<PromotionFact[]>,
  ): Promise<PromotionStore> {
    await Promise.all(this.windows.map((w) => w.done));
    const next = new PromotionStore(this.load);
    // these cadres' promotions leave (found in the cadre numbers), everybody else's are kept as they are
    const at = new Set<number>();
    addOfCadres(at, this.sorted.list, cadres, byCadre);
    const leaving = ascending(at);
    const gone = new Set(leaving.map((k) => this.sorted.id[k]));
    for (const [id, p] of this.byId) if (!gone.has(id)) next.byId.set(id, p);
    next.sorted = this.sorted;
    if (cadres.length === 0) {
      for (const w of this.windows) next.windows.push(w);
      return next;
    }
    const ids = [...cadres];
    const reread = await Promise.all(
      this.windows.map(async (w) => {
        const rows = await loadFor(new Date(w.from), new Date(w.to), ids);
        next.windows.push(w);
        return rows;
      }),
    );
    next.add(reread.flat(), leaving);
    return next;
  }

  /** Reads what the windows read so far (or being read) leave out of [from, to]. */
  private async cover(load: Loader, from: number, to: number): Promise<void> {
    const waiting: Promise<void>[] = [];
    let start = from;
    // the windows overlapping [from, to], earliest first; the gaps between them are read
    for (const w of [...this.windows].filter((x) => x.to >= from && x.from <= to).sort((a, b) => a.from - b.from)) {
      if (w.from > start) waiting.push(this.read(load, start, w.from - DAY));
      waiting.push(w.done);
      start = Math.max(start, w.to + DAY);
    }
    if (start <= to) waiting.push(this.read(load, start, to));
    await Promise.all(waiting);
  }

  private read(load: Loader, from: number, to: number): Promise<void> {
    const done = load(new Date(from), new Date(to)).then((rows) => this.add(rows));
    const w: Window = { from, to, done };
    this.windows.push(w);
    // a failed read is forgotten, so the next reader tries again
    done.catch(() => this.windows.splice(this.windows.indexOf(w), 1));
    return done;
  }
}

/** The first index whose time is at least `x` (t ascending). */
function firstAtLeast(t: Float64Array, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
