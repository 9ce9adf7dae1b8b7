import "server-only";
// One key post's succession view: every successor with the checks of the verdict for the post
// as this reader may read them (labelled sets redacted, the refusal audited) and each cited
// rule's text. A post that is not a key post, or not found, is not found.
import type { Actor } from "@/lib/auth/actor";
import type { Check, Explanation } from "@/lib/rules";
import { explain } from "@/lib/rules";
import { NotFoundError } from "@/lib/errors/user-facing";
import { labelChecks } from "@/lib/server/authz/labels";
import { getSuccession, type KeyPostSuccession, type Successor } from "./successors";

export interface PostSuccessionView {
  post: Omit<KeyPostSuccession, "successors"> & { successors: undefined };
  successors: (Successor & { checks: Check[] })[];
  explanations: Record<string, Explanation>;
}

export async function getPostSuccession(actor: Actor, postId: string, asOf: Date): Promise<PostSuccessionView> {
  const view = await getSuccession(actor, asOf, { postId });
  const post = view.posts[0];
  if (!post) throw new NotFoundError("关键岗位");
  const explanations: Record<string, Explanation> = {};
  const successors = [];
  for (const s of post.successors) {
    const checks = await labelChecks(actor, s.verdict.checks, s.cadreId, "succession");
    for (const c of checks) explanations[c.ruleId] ??= explain(c.ruleId);
    successors.push({ ...s, checks });
  }
  return { post: { ...post, successors: undefined }, successors, explanations };
}
