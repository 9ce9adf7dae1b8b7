"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

interface Props {
  data: Record<string, string | number | null>[];
  category: string;
  series: BarSeries[];
  height?: number;
  /** horizontal bars (long Chinese category names read better down the side) */
  horizontal?: boolean;
  /** a reference line, e.g. the target share */
  reference?: { value: number; label: string };
  /** per-datum colour of a single series (e.g. met/unmet) */
  colorOf?: (datum: Record<string, string | number | null>) => string;
  valueFormat?: (v: number) => string;
  stacked?: boolean;
}

const AXIS = { fontSize: 12, fill: "#334155" };

/** Bars with Chinese labels, value labels, a tooltip and an optional reference line. */
export function SimpleBarChart({
  data,
  category,
  series,
  height = 240,
  horizontal,
  reference,
  colorOf,
  valueFormat = (v) => String(v),
  stacked,
}: Props) {
  const fmt = (v: unknown) => (typeof v === "number" ? valueFormat(v) : String(v ?? ""));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 16, right: 28, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={AXIS} allowDecimals={false} tickFormatter={fmt} />
            <YAxis type="category" dataKey={category} tick={AXIS} width={96} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tick={AXIS} interval={0} />
            <YAxis tick={AXIS} allowDecimals={false} tickFormatter={fmt} width={40} />
          </>
        )}
        <Tooltip formatter={(v) => fmt(v)} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {reference ? (
          horizontal ? (
            <ReferenceLine
              x={reference.value}
              stroke="#b4233c"
              strokeDasharray="6 3"
              label={{ value: reference.label, fontSize: 11, fill: "#b4233c", position: "top" }}
            />
          ) : (
            <ReferenceLine
              y={reference.value}
              stroke="#b4233c"
              strokeDasharray="6 3"
              label={{ value: reference.label, fontSize: 11, fill: "#b4233c", position: "insideTopRight" }}
            />
          )
        ) : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={stacked ? "s" : undefined}
            isAnimationActive={false}
            maxBarSize={36}
          >
            {colorOf && series.length === 1 ? data.map((d, i) => <Cell key={i} fill={colorOf(d)} />) : null}
            {!stacked ? (
              <LabelList
                dataKey={s.key}
                position={horizontal ? "right" : "top"}
                fontSize={11}
                fill="#334155"
                formatter={(v) => fmt(v)}
              />
            ) : null}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
