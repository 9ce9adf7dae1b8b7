import "server-only";
// 入库: the eligibility verdict for the tier decides — hard failures block, soft warnings need
// a recorded reason — and the entry is written with its audit row (verdict summary included).
import type { Check, Explanation, Verdict } from "@/lib/rules";
import { evaluateCandidate, explain, toDay } from "@/lib/rules";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, writeAudit, refusedRead } from "@/lib/server/audit";
import { labelChecks } from "@/lib/server/authz/labels";
import { cadreScope, poolScope } from "@/lib/server/authz/scope";
import { lockCadre } from "@/lib/server/concurrency";
import { FieldError } from "@/lib/errors/field-errors";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getTierNames } from "@/lib/server/policy/pool-tiers";
import type { enterPoolSchema } from "@/lib/validation/pool";
import type { z } from "zod";

export interface EntryPreview {
  cadre: { id: string; name: string; unit: string; post: string };
  tier: PoolTier;
  verdict: Verdict;
  explanations: Record<string, Explanation>;
  openEntry: { tier: PoolTier } | null;
}

async function verdictFor(actor: Actor, cadreId: string, tier: PoolTier, asOf: Date) {
  poolScope(actor, "manage");
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor)] },
    select: {
      id: true,
      name: true,
      currentPostTitle: true,
      unit: { select: { name: true } },
      poolEntries: { where: { closedOn: null }, select: { tier: true } },
    },
  });
  if (!cadre) throw await refusedRead(actor, "Cadre", cadreId, "干部");
  const facts = (await loadCadreFacts([cadre.id])).get(cadre.id)!;
  const { profile } = await getActiveProfile();
  return { cadre, verdict: evaluateCandidate(facts, { kind: "POOL", tier }, profile, asOf) };
}

export async function previewPoolEntry(
  actor: Actor,
  cadreId: string,
  tier: PoolTier,
  asOf: Date,
): Promise<EntryPreview> {
  const { cadre, verdict } = await verdictFor(actor, cadreId, tier, asOf);
  const explanations: Record<string, Explanation> = {};
  for (const c of verdict.checks) explanations[c.ruleId] ??= explain(c.ruleId);
  // security labels: the verdict stands; a check drawn from a withheld set shows no details
  const checks = await labelChecks(actor, verdict.checks, cadre.id, "pool.enter");
  return {
    cadre: { id: cadre.id, name: cadre.name, unit: cadre.unit?.name ?? "", post: cadre.currentPostTitle ?? "" },
    tier,
    verdict: { ...verdict, checks },
    explanations,
    openEntry: cadre.poolEntries[0] ?? null,
  };
}

/**
 * Why an entry was refused, beside its field (the form shows it there) and with the checks that
 * decided it, so the roster's batch entry can list each person's reasons and rule ids.
 */
export class PoolEntryRefused extends FieldError {
  constructor(
    field: "tier" | "overrideReason",
    message: string,
    readonly outcome: "ALREADY_IN" | "NOT_APPLICABLE" | "INELIGIBLE" | "NEEDS_REASON",
    readonly checks: Check[] = [],
  ) {
    super(field, message);
  }
}

const alreadyInPool = (tierName: string) =>
  new PoolEntryRefused("tier", `该同志已在库（${tierName}），如需调整层级请先办理出库`, "ALREADY_IN");

const summary = (checks: Check[]) =>
  checks
    .map((c) => c.ruleId)
    .filter((id, i, a) => a.indexOf(id) === i)
    .join("、");

/** Only the profile's own tiers take new entries: no second vocabulary grows in the pool. */
export async function assertActiveTier(tier: PoolTier): Promise<Record<PoolTier, string>> {
  const { active, names } = await getTierNames();
  if (!active.includes(tier))
    throw new PoolEntryRefused(
      "tier",
      `${names[tier]}不是现行政策配置的层级，请选择${active.map((t) => names[t]).join("、")}`,
      "NOT_APPLICABLE",
    );
  return names;
}

export async function enterPool(actor: Actor, input: z.output<typeof enterPoolSchema>): Promise<{ id: string }> {
  const names = await assertActiveTier(input.tier);
  const enteredOn = toDay(input.enteredOn);
  const { cadre, verdict } = await verdictFor(actor, input.cadreId, input.tier, enteredOn);
  if (cadre.poolEntries.length) throw alreadyInPool(names[cadre.poolEntries[0].tier]);
  // 不适用 (a tier below the rank held on the entry date) blocks like a failure, with its reason
  const notApplicable = verdict.outcome === "NOT_APPLICABLE" ? verdict.checks[0] : null;
  if (notApplicable)
    throw new PoolEntryRefused(
      "tier",
      `${names[input.tier]}不适用：${notApplicable.message}（${notApplicable.ruleId}）`,
      "NOT_APPLICABLE",
      [notApplicable],
    );
  const failed = verdict.checks.filter((c) => !c.passed && c.severity === "hard");
  if (failed.length)
    throw new PoolEntryRefused(
      "tier",
      `不符合${names[input.tier]}入库条件（${summary(failed)}），不能入库`,
      "INELIGIBLE",
      failed,
    );
  const warned = verdict.checks.filter((c) => !c.passed && c.severity === "soft");
  if (warned.length && input.overrideReason.length < 4) {
    throw new PoolEntryRefused(
      "overrideReason",
      `有${warned.length}项提示（${summary(warned)}），请说明仍予入库的理由`,
      "NEEDS_REASON",
      warned,
    );
  }
  return prisma.$transaction(async (tx) => {
    // checked again under the cadre's lock: two simultaneous entries (a double click, two staff)
    await lockCadre(tx, cadre.id);
    const open = await tx.poolEntry.findFirst({ where: { cadreId: cadre.id, closedOn: null }, select: { tier: true } });
    if (open) throw alreadyInPool(names[open.tier]);
    const entry = await tx.poolEntry.create({
      data: {
        cadreId: cadre.id,
        tier: input.tier,
        domain: input.domain || null,
        source: input.source,
        basis: input.basis,
        enteredOn,
        overrideReason: warned.length ? input.overrideReason : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "pool.enter",
      objectType: "PoolEntry",
      objectId: entry.id,
      result: "SUCCESS",
      diff: {
        cadreId: cadre.id,
        tier: input.tier,
        domain: input.domain,
        source: input.source,
        enteredOn: input.enteredOn,
        verdict: {
          profileKey: verdict.profileKey,
          eligible: verdict.eligible,
          outcome: verdict.outcome,
          warnings: summary(warned),
        },
        overrideReason: warned.length ? input.overrideReason : null,
      },
    });
    return entry;
  });
}
