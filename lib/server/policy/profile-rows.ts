import "server-only";
import { refusedRead } from "@/lib/server/audit";
// Reading the saved policy profiles: every version of every key, who saved it, which is active.
import { flattenOverrides, type FlatOverrides } from "@/lib/settings/policy-draft";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export interface ProfileRowView {
  id: string;
  key: string;
  name: string;
  description: string;
  extendsKey: string | null;
  profileVersion: number;
  isActive: boolean;
  createdAt: Date;
  createdBy: string | null;
  overrides: FlatOverrides;
  /** the stored definition, for resolving the row */
  parameters: unknown;
}

type Row = {
  id: string;
  key: string;
  name: string;
  extendsKey: string | null;
  parameters: unknown;
  profileVersion: number;
  isActive: boolean;
  createdAt: Date;
  createdById: string | null;
};

async function views(rows: Row[]): Promise<ProfileRowView[]> {
  const ids = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => !!x))];
  const users = ids.length
    ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => {
    const p = (r.parameters ?? {}) as { description?: string; params?: unknown };
    return {
      id: r.id,
      key: r.key,
      name: r.name,
      description: p.description ?? "",
      extendsKey: r.extendsKey,
      profileVersion: r.profileVersion,
      isActive: r.isActive,
      createdAt: r.createdAt,
      createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
      overrides: flattenOverrides(p.params),
      parameters: r.parameters,
    };
  });
}

/** Every saved version, newest first within each key. */
export async function listProfileRows(actor: Actor): Promise<ProfileRowView[]> {
  assertCan(actor, "policy", "read");
  return views(await prisma.policyProfile.findMany({ orderBy: [{ key: "asc" }, { profileVersion: "desc" }] }));
}

export async function getProfileRow(actor: Actor, id: string): Promise<ProfileRowView> {
  assertCan(actor, "policy", "read");
  const row = await prisma.policyProfile.findUnique({ where: { id } });
  if (!row) throw await refusedRead(actor, "PolicyProfile", id, "政策配置版本");
  return (await views([row]))[0];
}

/** The latest version of a key (the one a new edit starts from). */
export async function latestVersionOf(actor: Actor, key: string): Promise<ProfileRowView | null> {
  assertCan(actor, "policy", "read");
  const row = await prisma.policyProfile.findFirst({ where: { key }, orderBy: { profileVersion: "desc" } });
  return row ? (await views([row]))[0] : null;
}
