import "server-only";
// 熟悉领域: the list offered when entering a cadre into the pool or nominating one. Until an
// organization administrator first edits it, the code's defaults are the list; the first edit
// stores them (with the change) so later edits have rows and versions to work on.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_FAMILIAR_DOMAINS } from "@/lib/labels";
import type { AddDomainInput, ArchiveDomainInput } from "@/lib/validation/familiar-domain";
import { FieldError } from "@/lib/errors/field-errors";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";

export interface DomainRow {
  name: string;
  archived: boolean;
  /** null: a default not yet stored */
  version: number | null;
}

export async function listFamiliarDomainRows(): Promise<DomainRow[]> {
  const rows = await prisma.familiarDomain.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  if (!rows.length) return DEFAULT_FAMILIAR_DOMAINS.map((name) => ({ name, archived: false, version: null }));
  return rows.map((r) => ({ name: r.name, archived: r.archivedAt !== null, version: r.version }));
}

/** The domains in use (retired ones left out), for forms of other features. */
export async function getFamiliarDomains(): Promise<string[]> {
  return (await listFamiliarDomainRows()).filter((r) => !r.archived).map((r) => r.name);
}

async function materializeDefaults(tx: Prisma.TransactionClient): Promise<void> {
  if ((await tx.familiarDomain.count()) > 0) return;
  await tx.familiarDomain.createMany({ data: DEFAULT_FAMILIAR_DOMAINS.map((name, i) => ({ name, sortOrder: i + 1 })) });
}

export async function addFamiliarDomain(actor: Actor, input: AddDomainInput): Promise<void> {
  assertCan(actor, "settings", "manage");
  await prisma.$transaction(async (tx) => {
    // One editor at a time: the defaults are stored at most once and sort orders stay unique.
    await tx.$executeRaw`LOCK TABLE "FamiliarDomain" IN SHARE ROW EXCLUSIVE MODE`;
    await materializeDefaults(tx);
    const existing = await tx.familiarDomain.findUnique({ where: { name: input.name } });
    if (existing)
      throw new FieldError("name", existing.archivedAt ? "该领域已停用，可在列表中重新启用" : "该领域已在列表中");
    const last = await tx.familiarDomain.aggregate({ _max: { sortOrder: true } });
    const row = await tx.familiarDomain.create({
      data: { name: input.name, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "codes.addFamiliarDomain",
      objectType: "FamiliarDomain",
      objectId: row.id,
      result: "SUCCESS",
      diff: { name: { from: null, to: row.name } },
    });
  });
}

export async function setFamiliarDomainArchived(
  actor: Actor,
  input: ArchiveDomainInput,
  now = new Date(),
): Promise<void> {
  assertCan(actor, "settings", "manage");
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "FamiliarDomain" IN SHARE ROW EXCLUSIVE MODE`;
    const wasDefault = (await tx.familiarDomain.count()) === 0;
    await materializeDefaults(tx);
    const row = await tx.familiarDomain.findUnique({ where: { name: input.name } });
    if (!row) throw new NotFoundError("领域");
    // A default shown before the list was stored has no version yet: it is version 1 now.
    const expected = input.version ?? (wasDefault ? 1 : -1);
    const r = await tx.familiarDomain.updateMany({
      where: { id: row.id, version: expected },
      data: { archivedAt: input.archived ? now : null, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new StaleVersionError("FamiliarDomain", row.id, expected);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: input.archived ? "codes.archiveFamiliarDomain" : "codes.restoreFamiliarDomain",
      objectType: "FamiliarDomain",
      objectId: row.id,
      result: "SUCCESS",
      diff: { name: { from: row.name, to: row.name }, archived: { from: row.archivedAt !== null, to: input.archived } },
    });
  });
}
