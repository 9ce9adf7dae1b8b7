"use client";

import type { PoolView } from "@/lib/dashboard/model";
import { baseText, poolBases, shareOf } from "@/lib/dashboard/pool-bases";
import { SERIES, STATUS_VIEW } from "@/lib/dashboard/status";
import { ChartCard, DataTable } from "./chart-card";
import { AgePyramid } from "./charts/age-pyramid";
import { SimpleBarChart } from "./charts/bar-chart";
import { StatusBadge } from "./status-badge";

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const statusText = (s: keyof typeof STATUS_VIEW | null) => (s ? `${STATUS_VIEW[s].shape} ${STATUS_VIEW[s].text}` : "—");

/** 队伍结构: tier sizes, women/minority/non-CPC, education, domains, age pyramid. */
export function PoolCharts({ pool, children }: { pool: Omit<PoolView, "rows">; children?: React.ReactNode }) {
  const women = pool.women;
  const womenShare = women && women.n ? women.count / women.n : 0;
  // each card says whom it counts, and its shares are of that number (lib/dashboard/pool-bases.ts)
  const bases = poolBases(pool);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 print:grid-cols-2">
      <ChartCard
        testId="chart-tiers"
        title={`各层级储备人数与目标（${baseText(bases.all)}）`}
        note="“N人左右”按不少于目标数的90%视为达标（D20-POOL-SIZE）；未设目标的层级只列实际人数"
        chart={
          <SimpleBarChart
            data={pool.tiers.map((t) => ({ label: t.label, actual: t.actual, target: t.target }))}
            category="label"
            series={[
              { key: "actual", name: "实际人数", color: SERIES.blue },
              { key: "target", name: "目标人数", color: SERIES.grey },
            ]}
          />
        }
        table={
          <DataTable
            head={["层级", "实际", "目标", "达标线", "状态"]}
            rows={pool.tiers.map((t) => [t.label, t.actual, t.target ?? "—", t.metAt ?? "—", statusText(t.status)])}
          />
        }
      />
      <ChartCard
        testId="chart-diversity"
        title={`女干部、少数民族和党外干部（${baseText(bases.diversity)}）`}
        note={
          women ? (
            <>
              {shareOf("女干部", women.count, bases.diversity)}，要求不低于 {pct(women.targetRatio)}{" "}
              <StatusBadge status={women.status} />
            </>
          ) : (
            "当前政策配置未设女干部比例要求"
          )
        }
        chart={
          <div>
            <SimpleBarChart
              height={110}
              horizontal
              data={[{ label: "女干部占比", share: Math.round(womenShare * 1000) / 10 }]}
              category="label"
              series={[{ key: "share", name: "占比", color: SERIES.orange }]}
              reference={
                women
                  ? { value: Math.round(women.targetRatio * 1000) / 10, label: `要求 ${pct(women.targetRatio)}` }
                  : undefined
              }
              valueFormat={(v) => `${v}%`}
            />
            <div className="mt-2 grid grid-cols-2 gap-3 text-sm">
              <CountTile label="少数民族干部" v={pool.minority} />
              <CountTile label="党外干部" v={pool.nonParty} />
            </div>
          </div>
        }
        table={
          <DataTable
            head={["指标", "实际", "要求", "状态"]}
            rows={[
              [
                "女干部",
                women ? `${women.count} / ${women.n}（${pct(womenShare)}）` : "—",
                women ? `≥ ${pct(women.targetRatio)}` : "—",
                statusText(women?.status ?? null),
              ],
              [
                "少数民族干部",
                pool.minority?.count ?? "—",
                pool.minority ? `≥ ${pool.minority.target}人` : "—",
                statusText(pool.minority?.status ?? null),
              ],
              [
                "党外干部",
                pool.nonParty?.count ?? "—",
                pool.nonParty ? `≥ ${pool.nonParty.target}人` : "—",
                statusText(pool.nonParty?.status ?? null),
              ],
            ]}
          />
        }
      />
      <ChartCard
        testId="chart-education"
        title={`学历结构（${baseText(bases.all)}，最高学历，含在职）`}
        note={`${shareOf("全日制大学本科及以上", pool.fullTimeBachelor.count, bases.all)}（D20-EDU 对科级以上在库干部的要求见目标表）`}
        chart={
          <SimpleBarChart
            horizontal
            data={pool.education.map((e) => ({ label: e.label, value: e.value }))}
            category="label"
            series={[{ key: "value", name: "人数", color: SERIES.green }]}
          />
        }
        table={
          <DataTable
            head={["学历", "人数", "占比"]}
            rows={pool.education.map((e) => [
              e.label,
              e.value,
              pool.activeCount ? pct(e.value / pool.activeCount) : "—",
            ])}
          />
        }
      />
      <ChartCard
        testId="chart-domains"
        title={`分领域储备（${baseText(bases.all)}）`}
        note="深色为政策要求的领域（D20-POOL-DOMAINS），每个领域至少1人"
        chart={
          <SimpleBarChart
            horizontal
            data={pool.domains.map((d) => ({ label: d.domain, value: d.count, required: d.required ? 1 : 0 }))}
            category="label"
            series={[{ key: "value", name: "人数", color: SERIES.blue }]}
            colorOf={(d) => (d.required ? (Number(d.value) > 0 ? SERIES.blue : SERIES.vermillion) : SERIES.sky)}
            height={Math.max(160, pool.domains.length * 34)}
          />
        }
        table={
          <DataTable
            head={["领域", "人数", "是否要求", "状态"]}
            rows={pool.domains.map((d) => [d.domain, d.count, d.required ? "要求" : "—", statusText(d.status)])}
          />
        }
      />
      <ChartCard
        testId="chart-age-pyramid"
        title={`年龄结构（${baseText(bases.all)}，按性别）`}
        chart={<AgePyramid bands={pool.ageBands} />}
        table={
          <DataTable
            head={["年龄段", "男", "女", "合计"]}
            rows={pool.ageBands.map((b) => [b.label, b.male, b.female, b.male + b.female])}
          />
        }
      />
      {children}
    </div>
  );
}

function CountTile({ label, v }: { label: string; v: PoolView["minority"] }) {
  return (
    <div className="rounded border border-slate-200 p-2">
      <div className="text-xs text-slate-500">{label}</div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-lg font-semibold tabular-nums">{v?.count ?? "—"}</span>
        {v ? (
          <>
            <span className="text-xs text-slate-500">要求不少于{v.target}人</span>
            <StatusBadge status={v.status} />
          </>
        ) : null}
      </div>
    </div>
  );
}
