import "server-only";
// The last few results of each side of the dashboard's rules (evaluate.ts), by the very objects
// they were computed from: after a change that touched only the pool, the staffing side's facts
// are the same arrays (merge-facts.ts keeps them), so its result is the one computed before —
// and the other way round. Arrays of promotions are compared item by item (each day reads a new
// array of the same kept objects). Results are read-only, like the facts.
/** Today and a year earlier, before and after a change: each result keeps its facts' compact arrays alive. */
const KEPT = 4;

export class SideMemo<R> {
  private readonly kept: { inputs: readonly unknown[]; items: readonly unknown[]; result: R }[] = [];

  /** The result for these inputs (compared by identity) and items (compared item by item), computed when none is kept. */
  get(inputs: readonly unknown[], items: readonly unknown[], compute: () => R): R {
    const i = this.kept.findIndex((m) => sameItems(m.inputs, inputs) && sameItems(m.items, items));
    if (i >= 0) {
      const [hit] = this.kept.splice(i, 1);
      this.kept.unshift(hit);
      return hit.result;
    }
    const result = compute();
    this.kept.unshift({ inputs, items, result });
    if (this.kept.length > KEPT) this.kept.pop();
    return result;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
