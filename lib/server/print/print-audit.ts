import "server-only";
// One audit row per print view (issue 18 item 6: opening /cadres/print with 50 forms used to
// write nothing): what was shown, how many, and which records — the ids themselves, or for a
// long list their count and a SHA-256 of the sorted list (still checkable against a suspect
// list, without a row of thousands of ids).
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";

const MAX_LISTED_IDS = 100;

export function idListDigest(ids: readonly string[]): Record<string, unknown> {
  if (ids.length <= MAX_LISTED_IDS) return { cadreIds: [...ids] };
  return {
    cadreIdsSha256: createHash("sha256")
      .update([...ids].sort().join(","))
      .digest("hex"),
  };
}

export async function auditPrintView(
  actor: Actor,
  entry: { action: string; objectType: string; ids: readonly string[]; count?: number; detail?: object },
): Promise<void> {
  await writeAuditStandalone({
    ...auditBy(actor),
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectType === "Cadre" && entry.ids.length === 1 ? entry.ids[0] : null,
    result: "SUCCESS",
    diff: { format: "HTML", count: entry.count ?? entry.ids.length, ...idListDigest(entry.ids), ...entry.detail },
  });
}
