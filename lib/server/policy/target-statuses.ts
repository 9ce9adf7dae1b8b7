import "server-only";
// The dashboard's target statuses under a profile (staffing targets and the pool's structure
// targets), and how they would change under another: shown before a profile is activated.
import { evaluatePool, evaluateStaffing, type ResolvedProfile, type TargetRow, type TargetStatus } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, poolScope } from "@/lib/server/authz/scope";
import { loadPoolEntryFacts, loadStaffingFacts, type StaffingFacts } from "@/lib/server/facts";
import type { PoolEntryFact } from "@/lib/rules";

export type TargetArea = "staffing" | "pool";

export interface TargetStatusRow {
  key: string;
  area: TargetArea;
  ruleId: string;
  label: string;
  status: TargetStatus;
  target: string;
  actual: number;
  message: string;
}

export interface StatusChange {
  key: string;
  area: TargetArea;
  ruleId: string;
  label: string;
  before: TargetStatusRow | null;
  after: TargetStatusRow | null;
}

export interface Facts {
  staffing: StaffingFacts;
  pool: PoolEntryFact[];
}

/** The facts both evaluations read, loaded once (the whole district: organization roles only). */
export async function loadTargetFacts(actor: Actor): Promise<Facts> {
  assertCan(actor, "policy", "read");
  const [staffing, pool] = await Promise.all([loadStaffingFacts(), loadPoolEntryFacts(poolScope(actor))]);
  return { staffing, pool };
}

const toRow =
  (area: TargetArea) =>
  (r: TargetRow): TargetStatusRow => ({
    key: `${area}:${r.key}`,
    area,
    ruleId: r.ruleId,
    label: r.label,
    status: r.status,
    target: r.target.description,
    actual: r.actual.count,
    message: r.message,
  });

export function targetStatuses(facts: Facts, profile: ResolvedProfile, asOf: Date): TargetStatusRow[] {
  const s = facts.staffing;
  const staffing = evaluateStaffing(s.units, s.posts, s.appointments, s.promotions, profile, asOf);
  const pool = evaluatePool(facts.pool, profile, asOf);
  return [...staffing.rows.map(toRow("staffing")), ...pool.rows.map(toRow("pool"))];
}

/** Rows whose status or target changes (or that appear/disappear with a rule switched on/off). */
export function statusChanges(before: TargetStatusRow[], after: TargetStatusRow[]): StatusChange[] {
  const a = new Map(after.map((r) => [r.key, r]));
  const b = new Map(before.map((r) => [r.key, r]));
  const changes: StatusChange[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(key) ?? null;
    const y = a.get(key) ?? null;
    if (x && y && x.status === y.status && x.target === y.target) continue;
    const row = (y ?? x)!;
    changes.push({ key, area: row.area, ruleId: row.ruleId, label: row.label, before: x, after: y });
  }
  return changes;
}

export function countByStatus(rows: TargetStatusRow[]): Record<TargetStatus, number> {
  const out: Record<TargetStatus, number> = { MET: 0, NOT_MET: 0, AT_RISK: 0, INFO: 0 };
  for (const r of rows) out[r.status] += 1;
  return out;
}

export interface ActivationPreview {
  before: Record<TargetStatus, number>;
  after: Record<TargetStatus, number>;
  changes: StatusChange[];
}

export async function previewActivation(
  actor: Actor,
  current: ResolvedProfile,
  proposed: ResolvedProfile,
  asOf: Date,
): Promise<ActivationPreview> {
  const facts = await loadTargetFacts(actor);
  const before = targetStatuses(facts, current, asOf);
  const after = targetStatuses(facts, proposed, asOf);
  return { before: countByStatus(before), after: countByStatus(after), changes: statusChanges(before, after) };
}
