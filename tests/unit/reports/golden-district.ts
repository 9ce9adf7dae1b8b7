// A small fixed district for the reports' golden tests, on 2026-06-30 under district-2020
// (tolerance 2: "about 40" = ≤42, "about 35" = ≤37). Ages are exact on that day.
//   streets s1 [书记 38 女, 主任 44, 副职 33], s2 [50, 46, 41 回族], s3 [47, 52, 55] + a vacant 副职;
//   d1 党政工作部门 [正职 39 (在职硕士, 全日制专科), 副职 48]; d2 其他区直单位 [正职 50 民主党派, 副职 45 女].
//   education: s1-p1 全日制硕士, s1-p3 全日制本科; the others none recorded.
// Pool: e1 s1-p3 科级 党务 (2024-03-01, last review 2025-05-01 → due), e2 q1 科级 财政金融 29 女
// (2026-02-01), e3 q2 副处级 党务 41 回族 民主党派 (2023-05-01, reviewed 2026-03-01), e4 q3 科级 closed
// 2026-04-01, e5 q4 enters 2026-08-01 (after the date).
import {
  day,
  evaluatePool,
  evaluateStaffing,
  poolReviewDue,
  resolveProfile,
  type EducationRecordFact,
  type PoolEntryFact,
  type TrainingFact,
} from "@/lib/rules";
import type { PersonFacts, ReportInput } from "@/lib/reports/input";
import { aged, District } from "../rules/district-fixture";

export const AS_OF = day(2026, 6, 30);
export const D20 = resolveProfile("district-2020");
const TRAINING = resolveProfile({
  key: "d20-training",
  name: "含培训规则",
  extends: "district-2020",
  enable: ["WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS"],
});

const edu = (level: EducationRecordFact["level"], fullTime: boolean): EducationRecordFact => ({
  level,
  degree: level === "MASTER_STUDY" ? "MASTER" : level === "BACHELOR" ? "BACHELOR" : "NONE",
  fullTime,
  graduationDate: day(2010, 7, 1),
});

export function goldenDistrict(unitType: ReportInput["unitType"] = null): ReportInput {
  const d = new District()
    .street("s1", [38, 44, 33])
    .street("s2", [50, 46, 41])
    .street("s3", [47, 52, 55])
    .post("s3-dep2", "s3")
    .unit("d1", "PARTY_GOV_DEPT")
    .post("d1-head", "d1", { isPrincipal: true, isPartyGovHead: true, rank: "SECTION_PRINCIPAL" })
    .post("d1-dep", "d1")
    .hold("d1-head", aged("d1-p1", 39))
    .hold("d1-dep", aged("d1-p2", 48))
    .unit("d2", "DISTRICT_UNIT")
    .post("d2-head", "d2", { isPrincipal: true, isPartyGovHead: true, rank: "SECTION_PRINCIPAL" })
    .post("d2-dep", "d2")
    .hold("d2-head", aged("d2-p1", 50))
    .hold("d2-dep", aged("d2-p2", 45, { gender: "FEMALE" }));
  // s1's 书记 is a woman
  const s1p1 = d.appointments.find((a) => a.cadre.id === "s1-p1")!;
  s1p1.cadre = { ...s1p1.cadre, gender: "FEMALE" };
  const person = (id: string, extra: Partial<PersonFacts> = {}): [string, PersonFacts] => [
    id,
    { name: `姓名${id}`, ethnicity: "汉族", politicalStatus: "CPC_MEMBER", education: [], unitType: null, ...extra },
  ];
  const people = new Map<string, PersonFacts>([
    ...d.appointments.map((a) =>
      person(a.cadre.id, { unitType: d.units.find((u) => a.postId.startsWith(u.id))!.type }),
    ),
    person("s1-p1", { education: [edu("MASTER_STUDY", true)], unitType: "STREET" }),
    person("s1-p3", { education: [edu("BACHELOR", true)], unitType: "STREET" }),
    person("s2-p3", { ethnicity: "回族", unitType: "STREET" }),
    person("d1-p1", {
      education: [edu("MASTER_STUDY", false), edu("JUNIOR_COLLEGE", true)],
      unitType: "PARTY_GOV_DEPT",
    }),
    person("d2-p1", { politicalStatus: "DEMOCRATIC_PARTY", unitType: "DISTRICT_UNIT" }),
    person("q1", { unitType: "STREET" }),
    person("q2", { ethnicity: "回族", politicalStatus: "DEMOCRATIC_PARTY", unitType: "PARTY_GOV_DEPT" }),
    person("q3", { unitType: "STREET" }),
    person("q4", { unitType: "STREET" }),
  ]);
  const cadre = (id: string, age: number, gender: "MALE" | "FEMALE" = "MALE") => {
    const p = people.get(id)!;
    return {
      id,
      birthDate: day(2026 - age, 6, 30),
      gender,
      ethnicity: p.ethnicity,
      politicalStatus: p.politicalStatus,
      education: p.education,
    };
  };
  const entries: PoolEntryFact[] = [
    { id: "e1", cadre: cadre("s1-p3", 33), tier: "SECTION", domain: "党务", enteredOn: day(2024, 3, 1) },
    { id: "e2", cadre: cadre("q1", 29, "FEMALE"), tier: "SECTION", domain: "财政金融", enteredOn: day(2026, 2, 1) },
    { id: "e3", cadre: cadre("q2", 41), tier: "DIVISION_DEPUTY", domain: "党务", enteredOn: day(2023, 5, 1) },
    {
      id: "e4",
      cadre: cadre("q3", 36),
      tier: "SECTION",
      domain: "党务",
      enteredOn: day(2022, 1, 1),
      closedOn: day(2026, 4, 1),
    },
    { id: "e5", cadre: cadre("q4", 30), tier: "SECTION", domain: "党务", enteredOn: day(2026, 8, 1) },
  ];
  const reviews = [
    { poolEntryId: "e1", reviewedOn: day(2025, 5, 1) },
    { poolEntryId: "e3", reviewedOn: day(2026, 3, 1) },
  ];
  const t = (id: string, kind: TrainingFact["kind"], start: Date, end: Date, hours: number): TrainingFact => ({
    id,
    kind,
    startDate: start,
    endDate: end,
    hours,
    fullTimeOffJob: true,
    completed: true,
  });
  // s1-p3: a 7-day 党性教育 in 2025 and 50 hours this year; q1: 90 hours of 专题培训; q2: nothing
  const trainings = new Map<string, TrainingFact[]>([
    [
      "s1-p3",
      [
        t("t1", "PARTY_SPIRIT", day(2025, 9, 1), day(2025, 9, 7), 40),
        t("t2", "ASSIGNED_TRAINING", day(2026, 4, 1), day(2026, 4, 5), 50),
      ],
    ],
    ["q1", [t("t3", "SPECIAL_TRAINING", day(2026, 5, 1), day(2026, 5, 10), 90)]],
  ]);
  return {
    asOf: AS_OF,
    profile: D20,
    profileVersion: 3,
    unitType,
    units: d.units,
    posts: d.posts,
    appointments: d.appointments,
    staffingRows: evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows,
    poolRows: evaluatePool(entries, D20, AS_OF).rows,
    entries,
    reviews,
    reviewsDue: poolReviewDue(entries, reviews, D20, AS_OF, 60),
    reviewHorizonDays: 60,
    trainings,
    training: { profile: TRAINING, added: ["WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS"] },
    people,
  };
}
