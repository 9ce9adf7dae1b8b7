import "server-only";
// 批量入库 from the roster (issue 24 item 4): each selected cadre goes through the one 入库 path
// (lib/server/pool/enter.ts: the verdict for the tier, hard failures block, warnings need the
// stated reason, the write and its pool.enter audit row in the cadre's own transaction under its
// lock). One person's refusal does not stop the others, and every outcome comes back — 已入库
// with the entry, 不符合 / 不适用 / 有提示 with the checks and their rule ids — so nothing is
// half-done without being said. One batch audit row lists every id with its outcome.
import type { Actor } from "@/lib/auth/actor";
import type { BatchPoolResult, BatchPoolRow } from "@/lib/cadres/roster-batch";
import { ROSTER_BATCH_CAPS } from "@/lib/cadres/roster-batch";
import { newReferenceId, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { labelChecks } from "@/lib/server/authz/labels";
import { enterPool, PoolEntryRefused } from "@/lib/server/pool/enter";
import type { RosterBatchPoolInput } from "@/lib/validation/roster-batch";
import { rosterSelection, type SelectedCadre } from "./roster-selection";

async function enterOne(actor: Actor, c: SelectedCadre, input: RosterBatchPoolInput): Promise<BatchPoolRow> {
  const base = { cadreId: c.id, name: c.name, unit: c.unit, entryId: null, reasons: [] };
  try {
    const { id } = await enterPool(actor, {
      cadreId: c.id,
      tier: input.tier,
      domain: input.domain,
      source: input.source,
      basis: input.basis,
      enteredOn: input.enteredOn,
      overrideReason: input.overrideReason,
    });
    return { ...base, outcome: "ENTERED", entryId: id, message: "已入库" };
  } catch (e) {
    if (e instanceof PoolEntryRefused) {
      // security labels: a check drawn from a withheld set keeps its rule id, not its details
      const checks = await labelChecks(actor, e.checks, c.id, "pool.enter");
      return {
        ...base,
        outcome: e.outcome,
        message: e.message,
        reasons: checks.map((k) => ({ ruleId: k.ruleId, message: k.message })),
      };
    }
    if (e instanceof UserFacingError) return { ...base, outcome: "ERROR", message: e.message };
    const ref = newReferenceId();
    console.error(`[miaopu] batch pool entry failed for ${c.id}, reference ${ref}:`, e);
    return { ...base, outcome: "ERROR", message: `系统出现异常，未办理（参考编号：${ref}）` };
  }
}

export async function enterPoolBatch(actor: Actor, input: RosterBatchPoolInput): Promise<BatchPoolResult> {
  const { cadres, notFound } = await rosterSelection(actor, input.query, {
    all: input.all,
    cap: ROSTER_BATCH_CAPS.pool,
    what: "入库",
    permission: ["pool", "manage"],
  });
  const rows: BatchPoolRow[] = [];
  // one at a time: each verdict reads the cadre's facts, and each write takes the cadre's lock
  for (const c of cadres) rows.push(await enterOne(actor, c, input));
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "pool.enter.batch",
    objectType: "Cadre",
    objectId: null,
    result: rows.some((r) => r.outcome === "ENTERED") ? "SUCCESS" : "FAILURE",
    diff: {
      tier: input.tier,
      enteredOn: input.enteredOn,
      selection: input.all ? "全部符合条件" : "勾选",
      count: rows.length,
      notFound,
      outcomes: rows.map((r) => ({ cadreId: r.cadreId, outcome: r.outcome, entryId: r.entryId })),
    },
  });
  return { rows, notFound };
}
