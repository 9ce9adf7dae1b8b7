// Who may stand in each pool tier, and how many entries each tier gets. District-2020 tiers
// (正处级/副处级/科级年轻干部) hold young cadres at or just below that level; the section-level
// reserve tiers of shushan-2012 take 副科 leaders (正职后备) and experienced 科员 (副职后备). Only
// the tiers of the profile the seed makes active are filled (profileTiers), so a new user sees
// one vocabulary. A few over-age cadres are added on purpose so D20-AGE-* has something to flag.
import type { PoolTier } from "../../lib/generated/prisma/enums";
import { profileTiers } from "../../lib/rules";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";

export interface TierRule {
  tier: PoolTier;
  size: number;
  fits: (p: Person) => boolean;
  overAge: (p: Person) => boolean;
  overAgeCount: number;
}

const clerkGrade = (p: Person) => p.row.grade === "PRINCIPAL_CLERK_3" || p.row.grade === "PRINCIPAL_CLERK_4";

export function tierRules(ctx: SeedContext): TierRule[] {
  const active = profileTiers(ctx.profile);
  return allTierRules(ctx).filter((r) => active.includes(r.tier));
}

function allTierRules(ctx: SeedContext): TierRule[] {
  const twoYearsAgo = new Date(Date.UTC(ctx.asOf.getUTCFullYear() - 2, ctx.asOf.getUTCMonth(), ctx.asOf.getUTCDate()));
  return [
    {
      // the division tiers are bounded by the number of division posts, so they do not scale
      tier: "DIVISION_PRINCIPAL",
      size: 12,
      overAgeCount: 1,
      fits: (p) => (p.rank === "DIVISION_PRINCIPAL" || p.rank === "DIVISION_DEPUTY") && p.age <= 42,
      overAge: (p) => p.rank === "DIVISION_DEPUTY" && p.age >= 43 && p.age <= 44,
    },
    {
      tier: "DIVISION_DEPUTY",
      size: 27,
      overAgeCount: 1,
      fits: (p) => (p.rank === "DIVISION_DEPUTY" || p.rank === "SECTION_PRINCIPAL") && p.age <= 40,
      overAge: (p) => p.rank === "SECTION_PRINCIPAL" && p.age >= 41 && p.age <= 42,
    },
    {
      tier: "SECTION",
      size: scaled(ctx, 46),
      overAgeCount: 2,
      fits: (p) =>
        ((p.rank === "SECTION_PRINCIPAL" || p.rank === "SECTION_DEPUTY") && p.age <= 37) ||
        (p.rank === "STAFF" && clerkGrade(p) && p.age <= 35),
      overAge: (p) => (p.rank === "SECTION_PRINCIPAL" || p.rank === "SECTION_DEPUTY") && p.age >= 38 && p.age <= 39,
    },
    {
      tier: "PRINCIPAL_RESERVE",
      size: scaled(ctx, 40),
      overAgeCount: 0,
      fits: (p) => p.rank === "SECTION_DEPUTY" && p.age >= 32 && p.age <= 42,
      overAge: () => false,
    },
    {
      tier: "DEPUTY_RESERVE",
      size: scaled(ctx, 60),
      overAgeCount: 0,
      fits: (p) =>
        (p.rank === "STAFF" && p.age >= 26 && p.age <= 37 && p.workStartDate.getTime() <= twoYearsAgo.getTime()) ||
        (p.post.kind === "middle" && p.age <= 37),
      overAge: () => false,
    },
  ];
}

/** The tier a cadre would be nominated for, by rank and age (null: too old or too junior). */
export function naturalTier(rules: TierRule[], p: Person): PoolTier | null {
  for (const r of rules) if (r.fits(p)) return r.tier;
  return null;
}
