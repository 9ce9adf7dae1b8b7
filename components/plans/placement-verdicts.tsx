// Every rule verdict of each person in their new post: the promotion to the post's level and the
// pool tier a 动议 would name, each check with its rule id (click for the clause) and hard
// failures marked.
import { verdictBadge } from "@/components/cadres/eligibility-panel";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { poolTierLabel, rankLabel } from "@/lib/labels";
import type { Explanation, PostFact } from "@/lib/rules";
import type { PlacementVerdict } from "@/lib/staffing-plans/evaluate-plan";

export function PlacementVerdicts(props: {
  verdicts: PlacementVerdict[];
  names: Record<string, string>;
  posts: Record<string, Pick<PostFact, "title" | "rank"> & { unitName: string }>;
  explanations: Record<string, Explanation>;
}) {
  if (props.verdicts.length === 0) return <p className="text-sm text-slate-600">方案中没有拟任人选。</p>;
  return (
    <div className="space-y-3">
      {props.verdicts.map((v) => {
        const post = props.posts[v.postId];
        return (
          <section
            key={`${v.moveId}-${v.cadreId}`}
            className="rounded border border-slate-200 p-3"
            data-testid="placement-verdict"
          >
            <h3 className="text-sm font-semibold">
              {props.names[v.cadreId] ?? "（回避）"} → {post ? `${post.unitName}${post.title}` : ""}
            </h3>
            {v.promotion ? (
              <details open={!v.promotion.eligible && v.promotion.outcome !== "NOT_APPLICABLE"} className="mt-2">
                <summary className="flex cursor-pointer items-center gap-2 text-sm">
                  提拔为{post ? rankLabel[post.rank] : ""}
                  {verdictBadge(v.promotion)}
                </summary>
                <VerdictChecks checks={v.promotion.checks} explanations={props.explanations} />
              </details>
            ) : null}
            <details open={!v.pool.eligible && v.pool.outcome !== "NOT_APPLICABLE"} className="mt-2">
              <summary className="flex cursor-pointer items-center gap-2 text-sm">
                动议层次：{poolTierLabel[v.tier]}
                {verdictBadge(v.pool)}
              </summary>
              <VerdictChecks checks={v.pool.checks} explanations={props.explanations} />
            </details>
          </section>
        );
      })}
    </div>
  );
}
