"use client";

import type { FlowsView } from "@/lib/dashboard/model";
import { SERIES } from "@/lib/dashboard/status";
import { ChartCard, DataTable } from "./chart-card";
import { SimpleBarChart } from "./charts/bar-chart";

const pct = (v: number | null) => (v == null ? "—" : `${(v * 100).toFixed(1)}%`);

/** 进出与使用: entries/exits per year, nominations by stage, young promotions' share. */
export function FlowCharts({ flows }: { flows: FlowsView }) {
  const target = flows.youngShareTarget;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3 print:grid-cols-3">
      <ChartCard
        testId="chart-flows"
        title="入库与出库（按年度）"
        chart={
          <SimpleBarChart
            data={flows.years.map((y) => ({ label: `${y.year}年`, entries: y.entries, exits: y.exits }))}
            category="label"
            series={[
              { key: "entries", name: "入库", color: SERIES.green },
              { key: "exits", name: "出库", color: SERIES.vermillion },
            ]}
          />
        }
        table={
          <DataTable
            head={["年度", "入库", "出库", "净增"]}
            rows={flows.years.map((y) => [`${y.year}年`, y.entries, y.exits, y.entries - y.exits])}
          />
        }
      />
      <ChartCard
        testId="chart-nominations"
        title="推荐办理进度"
        note="办理中的推荐按所处环节统计；已任职、未通过、已撤回的计基准日所在年度"
        chart={
          <SimpleBarChart
            horizontal
            height={280}
            data={flows.nominations.map((n) => ({ label: n.label, value: n.count, open: n.open ? 1 : 0 }))}
            category="label"
            series={[{ key: "value", name: "件数", color: SERIES.blue }]}
            colorOf={(d) => (d.open ? SERIES.blue : SERIES.grey)}
          />
        }
        table={
          <DataTable
            head={["环节", "件数", "类别"]}
            rows={flows.nominations.map((n) => [n.label, n.count, n.open ? "办理中" : "已办结（当年）"])}
          />
        }
      />
      <ChartCard
        testId="chart-young-promotions"
        title="新提拔领导干部中年轻干部占比"
        note={
          target != null
            ? `D20-ST-NEWPROMO：每年不低于 ${pct(target)}（约1/6）；年轻干部按提任职级的年龄上限认定；当年截至基准日`
            : "当前政策配置未设此比例要求"
        }
        chart={
          <SimpleBarChart
            data={flows.promotions.map((p) => ({
              label: `${p.year}年`,
              share: p.share == null ? 0 : Math.round(p.share * 1000) / 10,
            }))}
            category="label"
            series={[{ key: "share", name: "年轻干部占比", color: SERIES.purple }]}
            reference={
              target != null ? { value: Math.round(target * 1000) / 10, label: `要求 ${pct(target)}` } : undefined
            }
            valueFormat={(v) => `${v}%`}
          />
        }
        table={
          <DataTable
            head={["年度", "新提拔", "其中年轻干部", "占比"]}
            rows={flows.promotions.map((p) => [`${p.year}年`, p.total, p.young, pct(p.share)])}
          />
        }
      />
    </div>
  );
}
