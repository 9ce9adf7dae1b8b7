// Latency and error figures per endpoint, and the printed report: count, errors, throughput,
// p50/p95/p99/max. Latency is measured from when a request was *due* (its arrival time), not
// from when the driver got round to sending it, so a slow server cannot hide its queueing.
export interface Sample {
  endpoint: string;
  ms: number;
  ok: boolean;
  detail?: string;
}

export interface EndpointFigures {
  endpoint: string;
  count: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errorDetails: string[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export class Recorder {
  readonly samples: Sample[] = [];

  add(s: Sample): void {
    this.samples.push(s);
  }

  figures(seconds: number): { endpoints: EndpointFigures[]; all: EndpointFigures } {
    const groups = new Map<string, Sample[]>();
    for (const s of this.samples) (groups.get(s.endpoint) ?? groups.set(s.endpoint, []).get(s.endpoint)!).push(s);
    const summarize = (endpoint: string, list: Sample[]): EndpointFigures => {
      const ms = list.map((s) => s.ms).sort((a, b) => a - b);
      const failed = list.filter((s) => !s.ok);
      return {
        endpoint,
        count: list.length,
        errors: failed.length,
        perSecond: list.length / seconds,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        p99: percentile(ms, 99),
        max: ms.at(-1) ?? 0,
        errorDetails: [...new Set(failed.map((s) => s.detail ?? "error"))].slice(0, 5),
      };
    };
    const endpoints = [...groups].map(([e, l]) => summarize(e, l)).sort((a, b) => b.count - a.count);
    return { endpoints, all: summarize("all requests", this.samples) };
  }
}

export function formatReport(figures: { endpoints: EndpointFigures[]; all: EndpointFigures }): string {
  const head = ["endpoint", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const row = (f: EndpointFigures) => [
    f.endpoint,
    String(f.count),
    String(f.errors),
    f.perSecond.toFixed(2),
    f.p50.toFixed(0),
    f.p95.toFixed(0),
    f.p99.toFixed(0),
    f.max.toFixed(0),
  ];
  const rows = [head, ...figures.endpoints.map(row), row(figures.all)];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const out = [line(rows[0]), ...rows.slice(1, -1).map(line), "-".repeat(line(rows[0]).length), line(rows.at(-1)!)];
  for (const f of figures.endpoints) for (const d of f.errorDetails) out.push(`  ✗ ${f.endpoint}: ${d}`);
  return out.join("\n");
}
