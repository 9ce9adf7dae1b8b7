// The age structure of a leadership team on a reference date: how many of its members fall in
// each five-year band, the average and the extremes, and how many count as "about 40" / "about
// 35" in the district's reading (age ≤ X + tolerance, docs/policy-rules.md). Pure, for the team view.
import { ageOn } from "@/lib/rules";

export interface TeamMember {
  birthDate: Date;
  gender: "MALE" | "FEMALE";
}

export interface TeamAgeBand {
  label: string;
  count: number;
}

export interface TeamStructure {
  members: number;
  women: number;
  averageAge: number | null;
  youngest: number | null;
  oldest: number | null;
  bands: TeamAgeBand[];
  /** members aged ≤ about40Ceiling (40 + tolerance) */
  about40: number;
  /** members aged ≤ about35Ceiling (35 + tolerance) */
  about35: number;
  about40Ceiling: number;
  about35Ceiling: number;
}

const EDGES = [35, 40, 45, 50, 55];

export function bandLabels(edges: readonly number[] = EDGES): string[] {
  const labels = [`${edges[0]}岁及以下`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1] + 1}—${edges[i]}岁`);
  labels.push(`${edges[edges.length - 1] + 1}岁及以上`);
  return labels;
}

export function teamStructure(members: readonly TeamMember[], asOf: Date, aboutTolerance = 2): TeamStructure {
  const ages = members.map((m) => ageOn(m.birthDate, asOf));
  const bands = bandLabels().map((label) => ({ label, count: 0 }));
  for (const age of ages) {
    const k = EDGES.findIndex((e) => age <= e);
    bands[k < 0 ? EDGES.length : k].count++;
  }
  const about40Ceiling = 40 + aboutTolerance;
  const about35Ceiling = 35 + aboutTolerance;
  return {
    members: members.length,
    women: members.filter((m) => m.gender === "FEMALE").length,
    averageAge: ages.length ? Math.round((ages.reduce((s, a) => s + a, 0) / ages.length) * 10) / 10 : null,
    youngest: ages.length ? Math.min(...ages) : null,
    oldest: ages.length ? Math.max(...ages) : null,
    bands,
    about40: ages.filter((a) => a <= about40Ceiling).length,
    about35: ages.filter((a) => a <= about35Ceiling).length,
    about40Ceiling,
    about35Ceiling,
  };
}
