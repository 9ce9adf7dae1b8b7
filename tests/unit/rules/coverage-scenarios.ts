// One call of every public rule function on golden data, returning every rule id cited in the
// results. registry.test.ts checks that each id of docs/policy-rules.md is cited by some implementation.
import * as rules from "@/lib/rules";
import { day } from "@/lib/rules";
import type { CandidateTarget } from "@/lib/rules";
import { ALL, AS_OF, cadre, entry } from "./fixtures";
import { aged, District } from "./district-fixture";

export function citedRuleIds(): Set<string> {
  const cited = new Set<string>();
  const note = (x: { ruleId: string } | { ruleId: string }[] | { exemptRuleId?: string | null }[]) => {
    for (const item of Array.isArray(x) ? x : [x]) {
      if ("ruleId" in item) cited.add(item.ruleId);
      if ("exemptRuleId" in item && item.exemptRuleId) cited.add(item.exemptRuleId);
    }
  };

  const facts = cadre({
    assessments: [2023, 2024, 2025].map((year) => ({ year, grade: "EXCELLENT" as const })),
    sanctions: [
      { kind: "ORG_ADMONISHMENT", decidedOn: day(2025, 1, 1), effectEndsOn: day(2026, 1, 1), tolerated: true },
    ],
    talks: [{ kind: "REMINDER", talkedOn: day(2026, 1, 1), problemRecorded: true }],
    appointments: [
      {
        postId: "p",
        unitId: "t",
        unitType: "TOWNSHIP",
        title: "镇长",
        isPrincipal: true,
        isPartyGovHead: true,
        rank: "SECTION_PRINCIPAL",
        startDate: day(2020, 1, 1),
      },
    ],
  });
  const targets: CandidateTarget[] = [
    ...rules.POOL_TIERS.map((tier) => ({ kind: "POOL" as const, tier })),
    ...(["SECTION_DEPUTY", "SECTION_PRINCIPAL", "DIVISION_DEPUTY", "DIVISION_PRINCIPAL"] as const).map((rank) => ({
      kind: "PROMOTION" as const,
      rank,
    })),
    { kind: "TRANSFER_IN" },
    { kind: "TOWNSHIP_UP", level: "PROVINCIAL" },
    { kind: "TOWNSHIP_UP", level: "CITY", route: "HEAD" },
    { kind: "DUNMIAO", role: "SECRETARY" },
  ];
  for (const t of targets) note(rules.evaluateCandidate(facts, t, ALL, AS_OF).checks);
  // Transfer paths show only the passing one, so ask each path once with a failing cadre.
  note(rules.evaluateCandidate(cadre({ birthDate: day(1960, 1, 1) }), { kind: "TRANSFER_IN" }, ALL, AS_OF).checks);

  const pool = [
    entry("a", "SECTION"),
    entry("b", "DIVISION_DEPUTY"),
    entry("c", "DIVISION_PRINCIPAL"),
    entry("d", "PRINCIPAL_RESERVE"),
    entry("e", "DEPUTY_RESERVE"),
  ];
  note(rules.evaluatePool(pool, ALL, AS_OF).rows);
  note(rules.evaluatePool([{ ...pool[0], readiness: [] }], ALL, AS_OF).rows);
  const old = { ...facts, cadreId: "o", name: "o", birthDate: day(1967, 1, 1), education: [] };
  const seat = { postId: "p1", cadreId: "o", startDate: day(2020, 1, 1) };
  const p1 = { id: "p1", title: "书记", rank: "DIVISION_PRINCIPAL" as const, isPrincipal: true, isPartyGovHead: true };
  const team = { unit: { id: "s", name: "s", type: "STREET" as const, sectionLeaderPostCount: 0 }, members: [old] };
  note(rules.analyzeTeam({ ...team, posts: [p1, { ...p1, id: "p2" }], seats: [seat] }, AS_OF, { profile: ALL }).flags);

  const d = new District()
    .street("s1", [41, 46, 33])
    .unit("u1", "PARTY_GOV_DEPT", { sectionLeaderPostCount: 7 })
    .unit("u2", "DISTRICT_UNIT", { sectionLeaderPostCount: 3 })
    .unit("sch", "SCHOOL");
  d.post("u1-h", "u1", { isPrincipal: true, rank: "SECTION_PRINCIPAL" }).hold("u1-h", aged("x", 40));
  const promos = [
    {
      id: "pr",
      cadreId: "x",
      birthDate: day(1990, 1, 1),
      promotedOn: day(2026, 1, 1),
      toRank: "SECTION_PRINCIPAL" as const,
      unitId: "u1",
      unitType: "PARTY_GOV_DEPT" as const,
      isPrincipal: true,
    },
  ];
  note(
    rules.evaluateStaffing(d.units, d.posts, d.appointments, promos, ALL, AS_OF, {
      hires: [{ id: "h", birthDate: day(1995, 1, 1), hiredOn: day(2026, 2, 1) }],
    }).rows,
  );

  const rot = {
    id: "r",
    cadreId: "x",
    gender: "MALE" as const,
    birthDate: day(1960, 1, 1),
    postId: "p",
    unitId: "u",
    rank: "SECTION_PRINCIPAL" as const,
    isPrincipal: true,
    startDate: day(2015, 1, 1),
    supervisorCadreId: "boss",
  };
  note(
    rules.rotationDue(
      [
        rot,
        { ...rot, id: "k", cadreId: "y", isKeyPost: true, rank: "SECTION_DEPUTY", isPrincipal: false },
        { ...rot, id: "q", cadreId: "z", rank: "STAFF", isPrincipal: false },
      ],
      ALL,
      AS_OF,
      0,
    ),
  );

  note(rules.trainingCompliance({ tier: "SECTION", trainings: [] }, ALL, AS_OF).checks);
  note(rules.youngCadreClassCheck([], ALL, 2026));
  note(rules.recommendationCheck(day(2026, 1, 1), ALL, AS_OF));
  note(rules.publicityCheck(day(2026, 6, 29), day(2026, 7, 3), ALL));
  note(
    rules.poolReviewDue(
      [
        entry("r1", "SECTION", { enteredOn: day(2020, 1, 1) }),
        entry("r2", "DEPUTY_RESERVE", { enteredOn: day(2020, 1, 1) }),
      ],
      [],
      ALL,
      AS_OF,
    ),
  );
  note(
    rules.poolExitSignals(
      entry("x", "SECTION"),
      cadre({
        birthDate: day(1970, 1, 1),
        assessments: [],
        talks: [{ kind: "ADMONITION", talkedOn: day(2026, 1, 1) }],
      }),
      ALL,
      AS_OF,
    ),
  );
  note(rules.evaluatePractice([], ALL, AS_OF));
  note(rules.practiceReviewDue([{ id: "p", cadreId: "c", kind: "DUNMIAO", startDate: day(2023, 1, 1) }], ALL, AS_OF));
  note(rules.evaluateShanxiProgramme([], [], ALL));
  note(rules.developmentPlanCheck([], ALL, AS_OF));
  note(rules.mentorshipFollowUp([{ id: "m", menteeId: "a", mentorId: "b", startDate: day(2020, 1, 1) }], ALL, AS_OF));
  note(rules.canAdvance("PROPOSED", "RECOMMENDED", ALL));
  note(rules.canAdvance("PROPOSED", "RECOMMENDED", { ...ALL, rules: ALL.rules.filter((r) => r !== "ZZ15-PROCESS") }));
  note(
    rules.borrowingCheck({ startDate: day(2026, 1, 1), endDate: day(2026, 1, 31), approved: true, filed: true }, ALL),
  );
  note(rules.tuitionSubsidy({ degree: "MASTER", tuition: 1000, previouslySubsidized: false }, ALL));
  note(rules.reserveManager("DEPUTY_RESERVE"));
  note(rules.archiveCompleteness([], ALL));
  note(rules.probationEnd(AS_OF, ALL));
  note(rules.pmrMajorMatterDue(AS_OF, ALL));
  note(rules.decisionVote({ expected: 9, present: 7, votesFor: 6, votesAgainst: 1, votesAbstain: 0 }, ALL));
  return cited;
}
