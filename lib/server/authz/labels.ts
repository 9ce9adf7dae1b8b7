import "server-only";
// Security labels (GB/T 22239-2019 L3 强制访问控制), the server's half: reading or editing a
// labelled information set above the actor's clearance is refused and leaves a DENIED audit
// row `read.denied.label` naming the set. The policy itself (levels, who clears what) is pure
// data in lib/authz/clearance.ts.
import type { Actor } from "@/lib/auth/actor";
import { INFO_SETS, labelDeniedMessage, mayRead, withheldSets, type InfoSet } from "@/lib/authz/clearance";
import { redactChecks } from "@/lib/cadres/labelled-checks";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { Check } from "@/lib/rules";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";

export const LABEL_DENIED_ACTION = "read.denied.label";

/** A refusal by clearance: user-facing, with the level the set needs. */
export class LabelDeniedError extends UserFacingError {
  constructor(readonly set: InfoSet) {
    super(labelDeniedMessage(set));
    this.name = "LabelDeniedError";
  }
}

export interface LabelledObject {
  type: string;
  /** null for a job over many records (their ids go into the row's diff) */
  id: string | null;
}

/**
 * One DENIED row per set (not one per record of the set): what a page view or an action was
 * refused. All rows in one transaction, so a view is recorded whole or not at all.
 */
export async function auditLabelDenials(
  actor: Actor,
  object: LabelledObject,
  sets: readonly InfoSet[],
  detail: Record<string, unknown> = {},
): Promise<void> {
  if (!sets.length) return;
  await prisma.$transaction(async (tx) => {
    for (const set of sets)
      await writeAudit(tx, {
        ...auditBy(actor),
        action: LABEL_DENIED_ACTION,
        objectType: object.type,
        objectId: object.id,
        result: "DENIED",
        diff: { set, level: INFO_SETS[set].level, clearance: actor.clearance, ...detail },
      });
  });
}

/** Refuses (audited) unless the actor's clearance covers the set. */
export async function assertMayRead(
  actor: Actor,
  set: InfoSet,
  object: LabelledObject,
  detail?: Record<string, unknown>,
): Promise<void> {
  if (mayRead(actor.clearance, set)) return;
  await auditLabelDenials(actor, object, [set], detail);
  throw new LabelDeniedError(set);
}

/** The sets of those given that the actor may not read (nothing audited: see auditLabelDenials). */
export function withheldFor(actor: Actor, sets?: readonly InfoSet[]): InfoSet[] {
  return withheldSets(actor.clearance, sets);
}

/**
 * Checks as this actor may read them: a check drawn from a withheld set keeps its verdict and
 * rule id, not its details (lib/cadres/labelled-checks.ts); each set actually redacted is
 * recorded as refused for the cadre.
 */
export async function labelChecks<C extends Check>(
  actor: Actor,
  checks: readonly C[],
  cadreId: string,
  purpose: string,
): Promise<C[]> {
  const r = redactChecks(checks, withheldFor(actor));
  await auditLabelDenials(actor, { type: "Cadre", id: cadreId }, r.redacted, { purpose });
  return r.checks;
}
