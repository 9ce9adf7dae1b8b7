// The age structure of a leadership team on a reference date: how many of its members fall in
// each five-year band, the average and the extremes, and how many count as "about 40" / "about
// 35" in the district's reading (age ≤ X + tolerance, docs/policy-rules.md). Pure, for the team view.
import { ageBands, ageOn, averageAge } from "@/lib/rules";

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

/** The bands' labels (35岁及以下 … 56岁及以上), shared with the team analysis. */
export { bandLabels } from "@/lib/rules";

export function teamStructure(members: readonly TeamMember[], asOf: Date, aboutTolerance = 2): TeamStructure {
  const ages = members.map((m) => ageOn(m.birthDate, asOf));
  const bands = ageBands(ages);
  const about40Ceiling = 40 + aboutTolerance;
  const about35Ceiling = 35 + aboutTolerance;
  return {
    members: members.length,
    women: members.filter((m) => m.gender === "FEMALE").length,
    averageAge: averageAge(ages),
    youngest: ages.length ? Math.min(...ages) : null,
    oldest: ages.length ? Math.max(...ages) : null,
    bands,
    about40: ages.filter((a) => a <= about40Ceiling).length,
    about35: ages.filter((a) => a <= about35Ceiling).length,
    about40Ceiling,
    about35Ceiling,
  };
}
