"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { pyramidAxis } from "@/lib/dashboard/figures";
import { SERIES } from "@/lib/dashboard/status";

/** Age bands by gender, men to the left and women to the right of the axis. */
export function AgePyramid({ bands }: { bands: { label: string; male: number; female: number }[] }) {
  // the oldest band on top, as a pyramid is read
  const data = [...bands].reverse().map((b) => ({ label: b.label, male: -b.male, female: b.female }));
  // the same reach both ways, with 0 in the middle (lib/dashboard/figures.ts)
  const axis = pyramidAxis(bands);
  const abs = (v: unknown) => String(Math.abs(Number(v)));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ top: 8, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={axis.domain}
          ticks={axis.ticks}
          interval={0}
          tickFormatter={abs}
          tick={{ fontSize: 12, fill: "#334155" }}
          allowDecimals={false}
        />
        <YAxis type="category" dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} width={80} />
        <Tooltip formatter={(v, name) => [`${abs(v)}人`, name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="male" name="男" stackId="g" fill={SERIES.blue} isAnimationActive={false} />
        <Bar dataKey="female" name="女" stackId="g" fill={SERIES.orange} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
