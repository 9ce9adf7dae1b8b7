import "server-only";
import { cache } from "react";
import { isPresetKey, resolveProfile, type ProfileDefinition, type ResolvedProfile } from "@/lib/rules";
import { prisma } from "@/lib/server/db";

export interface ActiveProfile {
  profile: ResolvedProfile;
  /** the PolicyProfile row and version the verdicts were computed with (shown beside them) */
  rowId: string | null;
  profileVersion: number;
}

const FALLBACK_PRESET = "district-2020";

/** The row's stored definition: a preset key alone, or a district profile extending one. */
export function definitionOf(row: { key: string; name: string; extendsKey: string | null; parameters: unknown }): ProfileDefinition | string {
  const stored = (row.parameters ?? {}) as Omit<ProfileDefinition, "key" | "name" | "extends">;
  if (isPresetKey(row.key) && !row.extendsKey && Object.keys(stored).length === 0) return row.key;
  return { ...stored, key: row.key, name: row.name, extends: row.extendsKey };
}

/**
 * The policy profile in force (PolicyProfile.isActive), resolved once per request. With no
 * active row, the district-2020 preset applies.
 */
export const getActiveProfile = cache(async (): Promise<ActiveProfile> => {
  const row = await prisma.policyProfile.findFirst({ where: { isActive: true }, orderBy: { profileVersion: "desc" } });
  if (!row) return { profile: resolveProfile(FALLBACK_PRESET), rowId: null, profileVersion: 0 };
  return { profile: resolveProfile(definitionOf(row)), rowId: row.id, profileVersion: row.profileVersion };
});
