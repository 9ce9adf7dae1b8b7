// Education histories: full-time (全日制) schooling first, then work, then sometimes in-service
// (在职) study. Levels follow the birth cohort (older cadres more often went to 中专 or 大专
// and upgraded in service). The work start date follows from the last full-time graduation.
import type { Degree, EducationLevel } from "../../lib/generated/prisma/enums";
import { addDays, addYears, ageOn, day, isBefore } from "./dates";
import {
  ELITE_UNIVERSITIES,
  IN_SERVICE_BACHELOR,
  IN_SERVICE_PARTY_SCHOOL_GRADUATE,
  JUNIOR_COLLEGE_MAJORS,
  JUNIOR_COLLEGES,
  MAJORS_BY_DOMAIN,
  MASTER_MAJORS,
  MPA_SCHOOLS,
  ORDINARY_UNIVERSITIES,
  SECONDARY_SCHOOLS,
  TEACHING_MAJORS,
  type School,
} from "./education-data";
import type { Rng } from "./random";
import { DEFAULT_SCHOOLS, recordFlags, schoolMatcher } from "../../lib/schools/match-school";

// The flags come from the 院校代码表's published lists, as an import sets them (one truth: a demo
// district must agree with its own table, which `npm run db:check` verifies).
const PUBLISHED = schoolMatcher(DEFAULT_SCHOOLS.map((s) => ({ ...s, archived: false })));

export interface EducationDraft {
  level: EducationLevel;
  degree: Degree;
  fullTime: boolean;
  school: string;
  major: string | null;
  startDate: Date;
  graduationDate: Date;
  is985: boolean;
  is211: boolean;
  isDoubleFirstClass: boolean;
}

export interface EducationPlan {
  records: EducationDraft[];
  workStartDate: Date;
}

export interface EducationOptions {
  birthDate: Date;
  asOf: Date;
  /** 熟悉领域, chooses majors */
  domain: string;
  /** 0 (typical) … 1 (strong): raises the odds of 本科+, graduate study and elite schools */
  boost?: number;
  teacher?: boolean;
  /** home county for a 高中 record */
  hometown?: string;
}

const LEVEL_ORDER: Record<EducationLevel, number> = {
  DOCTORATE_STUDY: 7,
  MASTER_STUDY: 6,
  BACHELOR: 5,
  JUNIOR_COLLEGE: 4,
  TECHNICAL_SECONDARY: 3,
  HIGH_SCHOOL: 2,
  BELOW_HIGH_SCHOOL: 1,
};

/** Denormalised Cadre columns: highest full-time level, and whether a full-time record is 985/211/双一流. */
export function educationSummary(
  records: readonly Pick<EducationDraft, "level" | "fullTime" | "is985" | "is211" | "isDoubleFirstClass">[],
): {
  highestFullTimeLevel: EducationLevel | null;
  hasEliteDegree: boolean;
} {
  let highest: EducationLevel | null = null;
  let elite = false;
  for (const r of records) {
    if (!r.fullTime) continue;
    if (highest == null || LEVEL_ORDER[r.level] > LEVEL_ORDER[highest]) highest = r.level;
    if (r.is985 || r.is211 || r.isDoubleFirstClass) elite = true;
  }
  return { highestFullTimeLevel: highest, hasEliteDegree: elite };
}

function topFullTimeLevel(rng: Rng, birthYear: number, age: number, boost: number): EducationLevel {
  const up = 1 + 2 * boost;
  const rows: [EducationLevel, number][] =
    birthYear >= 1990
      ? [
          ["DOCTORATE_STUDY", 1 * up],
          ["MASTER_STUDY", 20 * up],
          ["BACHELOR", 70 * up],
          ["JUNIOR_COLLEGE", 8],
          ["TECHNICAL_SECONDARY", 1],
        ]
      : birthYear >= 1980
        ? [
            ["DOCTORATE_STUDY", 0.5 * up],
            ["MASTER_STUDY", 10 * up],
            ["BACHELOR", 58 * up],
            ["JUNIOR_COLLEGE", 25],
            ["TECHNICAL_SECONDARY", 6.5],
          ]
        : birthYear >= 1970
          ? [
              ["MASTER_STUDY", 3 * up],
              ["BACHELOR", 40 * up],
              ["JUNIOR_COLLEGE", 32],
              ["TECHNICAL_SECONDARY", 20],
              ["HIGH_SCHOOL", 5],
            ]
          : [
              ["BACHELOR", 25 * up],
              ["JUNIOR_COLLEGE", 30],
              ["TECHNICAL_SECONDARY", 35],
              ["HIGH_SCHOOL", 10],
            ];
  let level = rng.table(rows);
  // nobody graduates after the reference day: cap by age (master done at 25, doctorate at 28)
  if (level === "DOCTORATE_STUDY" && age < 30) level = "MASTER_STUDY";
  if (level === "MASTER_STUDY" && age < 26) level = "BACHELOR";
  return level;
}

function record(
  level: EducationLevel,
  degree: Degree,
  fullTime: boolean,
  school: School,
  major: string | null,
  start: Date,
  end: Date,
): EducationDraft {
  return {
    level,
    degree,
    fullTime,
    school: school.name,
    major,
    startDate: start,
    graduationDate: end,
    ...recordFlags(PUBLISHED, { school: school.name, major }),
  };
}

function university(rng: Rng, eliteChance: number): School {
  return rng.chance(eliteChance) ? rng.pick(ELITE_UNIVERSITIES) : rng.pick(ORDINARY_UNIVERSITIES);
}

export function planEducation(rng: Rng, o: EducationOptions): EducationPlan {
  const boost = o.boost ?? 0;
  const by = o.birthDate.getUTCFullYear();
  const age = ageOn(o.birthDate, o.asOf);
  const top = topFullTimeLevel(rng, by, age, boost);
  const majors = o.teacher ? TEACHING_MAJORS : (MAJORS_BY_DOMAIN[o.domain] ?? MAJORS_BY_DOMAIN["社会管理"]);
  const masterMajors = MASTER_MAJORS[o.domain] ?? MASTER_MAJORS["社会管理"];
  const eliteChance = (by >= 1985 ? 0.2 : 0.1) + 0.2 * boost;
  const records: EducationDraft[] = [];
  let lastGrad: Date;

  if (top === "HIGH_SCHOOL") {
    const school: School = {
      name: `${o.hometown ?? "本县"}第一中学`,
      is985: false,
      is211: false,
      isDoubleFirstClass: false,
    };
    lastGrad = day(by + 18, 7, 1);
    records.push(record("HIGH_SCHOOL", "NONE", true, school, null, day(by + 15, 9, 1), lastGrad));
  } else if (top === "TECHNICAL_SECONDARY") {
    lastGrad = day(by + 18, 7, 1);
    records.push(
      record(
        top,
        "NONE",
        true,
        rng.pick(SECONDARY_SCHOOLS),
        rng.pick(JUNIOR_COLLEGE_MAJORS),
        day(by + 15, 9, 1),
        lastGrad,
      ),
    );
  } else if (top === "JUNIOR_COLLEGE") {
    lastGrad = day(by + 21, 7, 1);
    records.push(
      record(
        top,
        "NONE",
        true,
        rng.pick(JUNIOR_COLLEGES),
        rng.pick(JUNIOR_COLLEGE_MAJORS),
        day(by + 18, 9, 1),
        lastGrad,
      ),
    );
  } else {
    const major = rng.pick(majors);
    lastGrad = day(by + 22, 7, 1);
    records.push(
      record("BACHELOR", "BACHELOR", true, university(rng, eliteChance), major, day(by + 18, 9, 1), lastGrad),
    );
    if (top === "MASTER_STUDY" || top === "DOCTORATE_STUDY") {
      const years = rng.chance(0.3) ? 2 : 3;
      lastGrad = day(by + 22 + years, 7, 1);
      records.push(
        record(
          "MASTER_STUDY",
          "MASTER",
          true,
          university(rng, 0.35 + 0.25 * boost),
          rng.pick(masterMajors),
          day(by + 22, 9, 1),
          lastGrad,
        ),
      );
      if (top === "DOCTORATE_STUDY") {
        const start = day(lastGrad.getUTCFullYear(), 9, 1);
        lastGrad = day(start.getUTCFullYear() + 3, 7, 1);
        records.push(
          record("DOCTORATE_STUDY", "DOCTOR", true, university(rng, 0.85), rng.pick(masterMajors), start, lastGrad),
        );
      }
    }
  }

  // 参加工作: usually that summer or autumn, sometimes a year later (exams, 选调)
  let workStartDate = addDays(lastGrad, rng.int(10, 100) + (rng.chance(0.15) ? 365 : 0));
  const latest = addDays(o.asOf, -60);
  if (!isBefore(workStartDate, latest)) workStartDate = addDays(lastGrad, 10);

  addInServiceStudy(rng, o, top, boost, workStartDate, records);
  return { records, workStartDate };
}

function addInServiceStudy(
  rng: Rng,
  o: EducationOptions,
  top: EducationLevel,
  boost: number,
  workStart: Date,
  out: EducationDraft[],
): void {
  // in-service study starts 2–10 years into work; a few are still studying on asOf
  const start = day(addYears(workStart, rng.int(2, 10)).getUTCFullYear(), 3, 1);
  if (!isBefore(start, addYears(o.asOf, -1))) return;
  const end = day(start.getUTCFullYear() + 3, 1, 10);
  if (LEVEL_ORDER[top] < LEVEL_ORDER.BACHELOR) {
    if (!rng.chance(0.78)) return;
    const degree: Degree = rng.chance(0.4) ? "BACHELOR" : "NONE";
    out.push(
      record(
        "BACHELOR",
        degree,
        false,
        rng.pick(IN_SERVICE_BACHELOR),
        rng.pick(MAJORS_BY_DOMAIN[o.domain] ?? ["行政管理"]),
        start,
        end,
      ),
    );
  } else if (top === "BACHELOR" && rng.chance(0.14 + 0.2 * boost)) {
    if (rng.chance(0.5)) {
      const school: School = {
        name: IN_SERVICE_PARTY_SCHOOL_GRADUATE,
        is985: false,
        is211: false,
        isDoubleFirstClass: false,
      };
      out.push(
        record("MASTER_STUDY", "NONE", false, school, rng.pick(["经济管理", "法学", "政治学", "公共管理"]), start, end),
      );
    } else {
      out.push(record("MASTER_STUDY", "MASTER", false, rng.pick(MPA_SCHOOLS), "公共管理（MPA）", start, end));
    }
  }
}
