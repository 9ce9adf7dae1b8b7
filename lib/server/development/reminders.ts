import "server-only";
// The reminders of 培训与实践, computed once per request within the actor's scope (six
// queries whatever the pool's size): training compliance of every open pool member
// (WS-POLITICAL-TRAINING, WS-TRAIN-HOURS, D20-TRAIN-KJ), postings ending or due for their
// special assessment within 60 days (SX-DOWN-REVIEW), plans with overdue goals (WS-PLAN) and
// mentorships without feedback for six months (WS-MENTOR).
import {
  addDays,
  developmentPlanCheck,
  mentorshipFollowUp,
  practiceReviewDue,
  ruleOn,
  trainingCompliance,
  type ResolvedProfile,
} from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { developmentCadreScope } from "./access";
import { getReminderProfile } from "./growth-profile";
import { GOALS_IN_ORDER, toPlanFact } from "@/lib/development/plan-goals";
import { openEntryWhere } from "./pool-members";
import {
  REMINDER_CATEGORIES,
  type ReminderCategory,
  type ReminderLine,
  type Reminders,
} from "@/lib/development/reminder-types";
import { loadTrainingFacts } from "./training-facts";

export const HORIZON_DAYS = 60;
const CADRE = { select: { id: true, name: true, unit: { select: { name: true } } } } as const;
type Person = { id: string; name: string; unit: { name: string } | null };

function line(
  category: ReminderCategory,
  ruleId: ReminderLine["ruleId"],
  p: Person,
  detail: string,
  dueOn: Date | null,
  href: string,
  recordId: string,
): ReminderLine {
  return {
    category,
    ruleId,
    cadreId: p.id,
    cadreName: p.name,
    unitName: p.unit?.name ?? "",
    detail,
    dueOn,
    href,
    recordId,
  };
}

async function trainingLines(actor: Actor, profile: ResolvedProfile, asOf: Date): Promise<ReminderLine[]> {
  const entries = await prisma.poolEntry.findMany({
    where: { AND: [openEntryWhere(asOf), { cadre: developmentCadreScope(actor, "read") }] },
    select: { tier: true, enteredOn: true, cadre: CADRE },
    orderBy: [{ enteredOn: "asc" }, { id: "asc" }],
  });
  const seen = new Set<string>();
  const members = entries.filter((e) => !seen.has(e.cadre.id) && seen.add(e.cadre.id));
  const facts = await loadTrainingFacts(members.map((m) => m.cadre.id));
  const category = {
    "WS-POLITICAL-TRAINING": "POLITICAL_TRAINING",
    "WS-TRAIN-HOURS": "TRAINING_HOURS",
    "D20-TRAIN-KJ": "KJ_SPECIAL_TRAINING",
  } as const;
  const out: ReminderLine[] = [];
  for (const m of members) {
    const r = trainingCompliance(
      { cadreId: m.cadre.id, tier: m.tier, enteredOn: m.enteredOn, trainings: facts.get(m.cadre.id) ?? [] },
      profile,
      asOf,
    );
    for (const c of r.checks) {
      if (c.passed || !(c.ruleId in category)) continue;
      const cat = category[c.ruleId as keyof typeof category];
      out.push(
        line(
          cat,
          c.ruleId,
          m.cadre,
          c.message,
          cat === "POLITICAL_TRAINING" ? r.politicalDueOn : null,
          `/cadres/${m.cadre.id}`,
          m.cadre.id,
        ),
      );
    }
  }
  return out;
}

async function postingLines(actor: Actor, profile: ResolvedProfile, asOf: Date): Promise<ReminderLine[]> {
  const horizon = addDays(asOf, HORIZON_DAYS);
  const open = await prisma.practice.findMany({
    where: { actualEndDate: null, startDate: { lte: asOf }, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: CADRE },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  const out: ReminderLine[] = [];
  for (const p of open) {
    if (p.plannedEndDate && p.plannedEndDate.getTime() <= horizon.getTime()) {
      const late = p.plannedEndDate.getTime() < asOf.getTime();
      out.push(
        line(
          "POSTING_END",
          null,
          p.cadre,
          `${p.hostUnitName ?? ""}${p.role}，计划于${p.plannedEndDate.toISOString().slice(0, 10).replaceAll("-", ".")}期满${late ? "，已逾期未登记结束" : "，请安排期满考核和返岗"}`,
          p.plannedEndDate,
          `/training/practices/${p.id}`,
          p.id,
        ),
      );
    }
  }
  // The special assessment is due whether or not the posting has ended: read every 墩苗.
  const dunmiao = await prisma.practice.findMany({
    where: { kind: "DUNMIAO", specialAssessedOn: null, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: CADRE },
  });
  const byId = new Map(dunmiao.map((p) => [p.id, p]));
  if (ruleOn(profile, "SX-DOWN-REVIEW")) {
    for (const d of practiceReviewDue(
      dunmiao.map((p) => ({
        id: p.id,
        cadreId: p.cadreId,
        kind: p.kind,
        startDate: p.startDate,
        actualEndDate: p.actualEndDate,
        specialAssessedOn: p.specialAssessedOn,
      })),
      profile,
      asOf,
      HORIZON_DAYS,
    )) {
      out.push(
        line(
          "POSTING_ASSESSMENT",
          d.ruleId,
          byId.get(d.practiceId)!.cadre,
          d.message,
          d.closesOn,
          `/training/practices/${d.practiceId}`,
          d.practiceId,
        ),
      );
    }
  }
  return out;
}

async function planLines(actor: Actor, profile: ResolvedProfile, asOf: Date): Promise<ReminderLine[]> {
  if (!ruleOn(profile, "WS-PLAN")) return [];
  const plans = await prisma.developmentPlan.findMany({
    where: { closedAt: null, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: CADRE, goals: GOALS_IN_ORDER },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return plans.flatMap((p) => {
    const c = developmentPlanCheck([toPlanFact(p)], profile, asOf);
    return c.passed
      ? []
      : [line("PLAN_OVERDUE", c.ruleId, p.cadre, `${p.title}：${c.message}`, null, `/training/plans/${p.id}`, p.id)];
  });
}

async function mentorLines(actor: Actor, profile: ResolvedProfile, asOf: Date): Promise<ReminderLine[]> {
  if (!ruleOn(profile, "WS-MENTOR")) return [];
  const rows = await prisma.mentorship.findMany({
    where: {
      startDate: { lte: asOf },
      OR: [{ endDate: null }, { endDate: { gte: asOf } }],
      mentee: developmentCadreScope(actor, "read"),
    },
    include: { mentee: CADRE, mentor: { select: { name: true } } },
  });
  const byId = new Map(rows.map((m) => [m.id, m]));
  return mentorshipFollowUp(rows, profile, asOf).map((f) => {
    const m = byId.get(f.mentorshipId)!;
    return line(
      "MENTOR_FEEDBACK",
      f.ruleId,
      m.mentee,
      `导师${m.mentor.name}：${f.message}`,
      f.dueOn,
      `/training/mentors/${m.id}`,
      m.id,
    );
  });
}

export async function computeReminders(actor: Actor, asOf: Date): Promise<Reminders> {
  const { profile, added, disabled, activeName } = await getReminderProfile();
  const parts = await Promise.all([
    trainingLines(actor, profile, asOf),
    postingLines(actor, profile, asOf),
    planLines(actor, profile, asOf),
    mentorLines(actor, profile, asOf),
  ]);
  // By category, then earliest due first (lines without a date keep their order: sort is stable).
  const rank = (l: ReminderLine) => REMINDER_CATEGORIES.indexOf(l.category);
  const lines = parts.flat().sort((a, b) => rank(a) - rank(b) || (a.dueOn?.getTime() ?? 0) - (b.dueOn?.getTime() ?? 0));
  return { asOf, lines, addedRules: added, disabledRules: disabled, profileName: activeName };
}
