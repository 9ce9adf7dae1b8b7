// The pool tier a plan's move is checked against and nominated for (动议): the tier of the new
// post's level among the policy profile's tiers (profileTiers) — 正处/副处/科级 under
// district-2020, 正职/副职后备 under shushan-2012.
import type { PoolTier } from "@/lib/domain/enums";
import { profileTiers } from "@/lib/rules";
import type { PostFact, ResolvedProfile } from "@/lib/rules";

export function tierForPost(post: Pick<PostFact, "rank" | "isPrincipal">, profile: ResolvedProfile): PoolTier {
  const on = profileTiers(profile);
  const byRank: PoolTier =
    post.rank === "DIVISION_PRINCIPAL"
      ? "DIVISION_PRINCIPAL"
      : post.rank === "DIVISION_DEPUTY"
        ? "DIVISION_DEPUTY"
        : "SECTION";
  if (on.includes(byRank)) return byRank;
  const reserve: PoolTier = post.isPrincipal ? "PRINCIPAL_RESERVE" : "DEPUTY_RESERVE";
  return on.includes(reserve) ? reserve : on[0];
}
