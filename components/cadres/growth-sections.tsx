// The growth sections of a cadre's file: trainings, practice postings, talks and pool history.
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";
import {
  poolExitReasonLabel,
  poolReviewConclusionLabel,
  poolSourceLabel,
  poolTierLabel,
  practiceKindLabel,
  talkKindLabel,
  trainingKindLabel,
} from "@/lib/labels";
import type { CadreView } from "@/lib/server/cadres/profile";
import { SectionTable } from "./section-table";

export function TrainingSection({ cadre }: { cadre: CadreView }) {
  return (
    <SectionTable
      id="trainings"
      title="培训"
      headers={["培训班次", "类别", "起止", "学时", "脱产", "结业"]}
      rows={[...cadre.trainingAttendances]
        .reverse()
        .map((t) => [
          t.training.name,
          trainingKindLabel[t.training.kind],
          `${formatDate(t.training.startDate)}—${formatDate(t.training.endDate)}`,
          t.training.hours,
          t.training.fullTimeOffJob ? "是" : "否",
          t.completed ? "已结业" : "未结业",
        ])}
    />
  );
}

export function PracticeSection({ cadre }: { cadre: CadreView }) {
  return (
    <SectionTable
      id="practices"
      title="实践锻炼（挂职、墩苗、交流、跟班学习）"
      headers={["类别", "接收单位", "岗位", "起止", "接收单位评价"]}
      rows={[...cadre.practices]
        .reverse()
        .map((p) => [
          practiceKindLabel[p.kind],
          p.hostUnit?.name ?? p.hostUnitName ?? "",
          p.role,
          `${formatDate(p.startDate)}—${formatDate(p.actualEndDate ?? p.plannedEndDate)}${p.actualEndDate ? "" : "（计划）"}`,
          p.hostEvaluation ?? "",
        ])}
    />
  );
}

export function TalkSection({ cadre }: { cadre: CadreView }) {
  return (
    <SectionTable
      id="talks"
      title="谈心谈话"
      headers={["日期", "类别", "谈话人", "内容摘要", "记录"]}
      rows={[...cadre.talks].reverse().map((t) => [
        formatDate(t.talkedOn),
        talkKindLabel[t.kind],
        t.talkedBy,
        t.summary,
        t.errorTolerated ? (
          <Badge key="t" tone="info">
            容错纠错
          </Badge>
        ) : t.problemRecorded ? (
          <Badge key="t" tone="warn">
            记录问题
          </Badge>
        ) : (
          ""
        ),
      ])}
    />
  );
}

export function PoolHistorySection({ cadre }: { cadre: CadreView }) {
  return (
    <SectionTable
      id="pool-history"
      title="入库记录"
      headers={["层级", "领域", "来源", "入库日期", "年度研判", "出库"]}
      rows={[...cadre.poolEntries].reverse().map((e) => [
        poolTierLabel[e.tier],
        e.domain ?? "",
        poolSourceLabel[e.source],
        formatDate(e.enteredOn),
        e.reviews.map((r) => `${r.year}年${poolReviewConclusionLabel[r.conclusion]}`).join("；"),
        e.closedOn ? (
          `${formatDate(e.closedOn)} ${e.exitReason ? poolExitReasonLabel[e.exitReason] : ""}${e.exitNote ? `：${e.exitNote}` : ""}`
        ) : (
          <Badge key="o" tone="ok">
            在库
          </Badge>
        ),
      ])}
    />
  );
}
