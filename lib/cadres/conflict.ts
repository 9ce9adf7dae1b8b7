// What a user sees when their save was refused because someone else saved first: who, when,
// and which fields they changed (from → to), while the form keeps what the user typed.
import { formatDate } from "@/lib/format/dates";
export interface ConflictChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface ConflictInfo {
  message: string;
  by: string | null;
  at: string | null;
  changes: ConflictChange[];
  /** the stored version now: saving again with it overwrites the other change on purpose */
  currentVersion: number;
}

export type SaveResult = { ok: true; id: string; version: number } | { ok: false; conflict: ConflictInfo };

type Diff = Record<string, { from: unknown; to: unknown }>;

/**
 * How many audit rows to read for a conflict: one per save the user missed, at least one, and
 * at most MAX_CONFLICT_ROWS, since expectedVersion comes from the client.
 */
export const MAX_CONFLICT_ROWS = 20;
export function missedSaves(expectedVersion: number, currentVersion: number): number {
  const missed = currentVersion - expectedVersion;
  return Number.isFinite(missed) ? Math.min(MAX_CONFLICT_ROWS, Math.max(1, missed)) : 1;
}

/** The audit diffs of the missed saves (newest first, as read) merged: oldest `from`, newest `to`. */
export function mergeDiffs(newestFirst: unknown[]): Map<string, { from: unknown; to: unknown }> {
  const merged = new Map<string, { from: unknown; to: unknown }>();
  for (const diff of [...newestFirst].reverse()) {
    for (const [field, d] of Object.entries((diff ?? {}) as Diff)) {
      const prev = merged.get(field);
      merged.set(field, { from: prev ? prev.from : d.from, to: d.to });
    }
  }
  return merged;
}

export const isBlank = (v: unknown) => v === null || v === undefined || v === "";

/** A stored diff value as the banner shows it, when no field-specific formatter applies. */
export function displayValue(v: unknown): string {
  if (isBlank(v)) return "（空）";
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDate(new Date(v));
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.join("、");
  return String(v);
}
