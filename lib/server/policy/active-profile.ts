import "server-only";
import { cache } from "react";
import {
  isPresetKey,
  resolveProfile,
  safeResolveProfile,
  type ProfileDefinition,
  type ProfileLibrary,
  type ResolvedProfile,
  type ResolveResult,
} from "@/lib/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";

export interface ActiveProfile {
  profile: ResolvedProfile;
  /** the PolicyProfile row and version the verdicts were computed with (shown beside them) */
  rowId: string | null;
  profileVersion: number;
}

export const FALLBACK_PRESET = "district-2020";

type ProfileRow = { key: string; name: string; extendsKey: string | null; parameters: unknown };

/** The row's stored definition: a preset key alone, or a district profile extending one. */
export function definitionOf(row: ProfileRow): ProfileDefinition | string {
  const stored = (row.parameters ?? {}) as Omit<ProfileDefinition, "key" | "name" | "extends">;
  if (isPresetKey(row.key) && !row.extendsKey && Object.keys(stored).length === 0) return row.key;
  return { ...stored, key: row.key, name: row.name, extends: row.extendsKey };
}

/**
 * District profiles other profiles may extend: the latest saved version of each key that is
 * not a preset (a new version of a parent is what its children inherit from then on).
 */
export async function loadProfileLibrary(
  db: Pick<Prisma.TransactionClient, "policyProfile"> = prisma,
): Promise<ProfileLibrary> {
  const rows = await db.policyProfile.findMany({
    distinct: ["key"],
    orderBy: [{ key: "asc" }, { profileVersion: "desc" }],
    select: { key: true, name: true, extendsKey: true, parameters: true },
  });
  const library: Record<string, ProfileDefinition> = {};
  for (const row of rows) {
    const def = definitionOf(row);
    if (typeof def !== "string") library[row.key] = def;
  }
  return library;
}

/** Resolves a stored row; a row extending a district profile resolves through the library. */
export function resolveRow(row: ProfileRow, library: ProfileLibrary): ResolveResult {
  const def = definitionOf(row);
  // The row itself wins over the library's latest version of its key (a past version stays itself).
  return typeof def === "string" ? safeResolveProfile(def) : safeResolveProfile(def, { ...library, [row.key]: def });
}

/**
 * The policy profile in force (PolicyProfile.isActive), resolved once per request. With no
 * active row, the district-2020 preset applies.
 */
export const getActiveProfile = cache(async (): Promise<ActiveProfile> => {
  const row = await prisma.policyProfile.findFirst({ where: { isActive: true }, orderBy: { profileVersion: "desc" } });
  if (!row) return { profile: resolveProfile(FALLBACK_PRESET), rowId: null, profileVersion: 0 };
  const needsLibrary = row.extendsKey !== null && !isPresetKey(row.extendsKey);
  const result = resolveRow(row, needsLibrary ? await loadProfileLibrary() : {});
  if (!result.ok)
    throw new Error(
      `active policy profile ${row.key} v${row.profileVersion} is invalid: ${result.issues.map((i) => i.message).join("; ")}`,
    );
  return { profile: result.profile, rowId: row.id, profileVersion: row.profileVersion };
});
