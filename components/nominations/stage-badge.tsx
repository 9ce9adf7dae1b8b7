import { Badge } from "@/components/ui/badge";
import type { NominationStage } from "@/lib/domain/enums";
import { nominationStageLabel } from "@/lib/labels";

/** The nomination's state in words: the step it is at, 已任职/已入库, or 退回修改. */
export function StageBadges({
  stage,
  returned,
  inPool,
}: {
  stage: NominationStage;
  returned: boolean;
  inPool: boolean;
}) {
  if (stage === "APPOINTED") {
    return (
      <span className="inline-flex gap-1" data-testid="nomination-status">
        <Badge tone="ok">已任职</Badge>
        {inPool ? <Badge tone="ok">已入库</Badge> : null}
      </span>
    );
  }
  if (stage === "REJECTED")
    return (
      <Badge tone="bad" data-testid="nomination-status">
        未通过
      </Badge>
    );
  if (stage === "WITHDRAWN")
    return (
      <Badge tone="neutral" data-testid="nomination-status">
        已撤回
      </Badge>
    );
  return (
    <span className="inline-flex gap-1" data-testid="nomination-status">
      <Badge tone="info">{nominationStageLabel[stage]}</Badge>
      {returned ? <Badge tone="warn">退回修改</Badge> : null}
    </span>
  );
}
