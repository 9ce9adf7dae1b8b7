import "server-only";
// The promotions of one data state, kept per window of start dates as the dashboard's days ask
// for them: today's page reads about three years back, "一年前" one year earlier, so the second
// day reads only the year the first did not. Windows are read in whole calendar years, so a
// leader who picks another day of the same years reads nothing; a window already read is
// answered from memory.
import type { PromotionFact } from "@/lib/rules";

type Loader = (since: Date, until: Date) => Promise<PromotionFact[]>;
/** Windows are whole days (UTC midnights, as the rules' dates). */
const DAY = 86_400_000;

interface Window {
  from: number;
  to: number;
  done: Promise<void>;
}

export class PromotionStore {
  private readonly windows: Window[] = [];
  private readonly byId = new Map<string, PromotionFact>();

  /** `load` reads one window from the database; `all` is every promotion, known up front (the full-history loader). */
  constructor(
    private readonly load: Loader | null,
    all: readonly PromotionFact[] = [],
  ) {
    for (const p of all) this.byId.set(p.id, p);
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
    const out: PromotionFact[] = [];
    for (const p of this.byId.values()) {
      const t = p.promotedOn.getTime();
      if (t >= from && t <= to) out.push(p);
    }
    return out.sort(
      (a, b) => a.promotedOn.getTime() - b.promotedOn.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
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
    const changed = new Set(cadres);
    for (const [id, p] of this.byId) if (!changed.has(p.cadreId)) next.byId.set(id, p);
    if (changed.size === 0) {
      for (const w of this.windows) next.windows.push(w);
      return next;
    }
    const ids = [...changed];
    await Promise.all(
      this.windows.map(async (w) => {
        for (const p of await loadFor(new Date(w.from), new Date(w.to), ids)) next.byId.set(p.id, p);
        next.windows.push(w);
      }),
    );
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
    const done = load(new Date(from), new Date(to)).then((rows) => {
      for (const p of rows) this.byId.set(p.id, p);
    });
    const w: Window = { from, to, done };
    this.windows.push(w);
    // a failed read is forgotten, so the next reader tries again
    done.catch(() => this.windows.splice(this.windows.indexOf(w), 1));
    return done;
  }
}
