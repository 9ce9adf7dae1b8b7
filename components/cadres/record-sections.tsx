// The record sections of a cadre's file: appointments (timeline), education, assessments,
// sanctions and personal-matters reports. The last three are labelled sets: absent from the
// view when above the reader's clearance (labelCadre), and then shown as withheld.
import { Badge } from "@/components/ui/badge";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { degreeText } from "@/lib/lrmx/education";
import {
  appointmentEndReasonLabel,
  assessmentGradeLabel,
  degreeLabel,
  educationLevelLabel,
  rankLabel,
  sanctionKindLabel,
} from "@/lib/labels";
import { sanctionState } from "@/lib/rules";
import type { CadreView } from "@/lib/server/cadres/profile";
import { SectionTable } from "./section-table";

export function AppointmentTimeline({ cadre, actions }: { cadre: CadreView; actions?: React.ReactNode }) {
  const items = [...cadre.appointments].reverse();
  return (
    <section
      id="appointments"
      aria-labelledby="appointments-title"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="appointments-title" className="text-sm font-semibold text-slate-800">
          任职经历
        </h2>
        {actions}
      </header>
      {items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">暂无记录</p>
      ) : (
        <ol className="relative m-4 border-l-2 border-brand-100 pl-5" data-testid="appointment-timeline">
          {items.map((a) => (
            <li key={a.id} className="mb-3">
              <span
                className={`absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full ${a.endDate ? "bg-slate-300" : "bg-brand-600"}`}
                aria-hidden
              />
              <div className="text-xs tabular-nums text-slate-500">
                {formatDate(a.startDate)} — {a.endDate ? formatDate(a.endDate) : "至今"}
                {a.endReason ? `（${appointmentEndReasonLabel[a.endReason]}）` : ""}
              </div>
              <div className="text-sm">
                {a.post.unit.name} {a.post.title} <Badge>{rankLabel[a.post.rank]}</Badge>
                {a.post.isKeyPost ? <Badge tone="info">关键岗位</Badge> : null}
              </div>
              {a.documentNo ? <div className="text-xs text-slate-500">任职文号：{a.documentNo}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function EducationSection({ cadre, actions }: { cadre: CadreView; actions?: React.ReactNode }) {
  return (
    <SectionTable
      id="education"
      title="学历学位"
      actions={actions}
      headers={["类别", "学历", "学位", "院校", "专业", "起止", "985/211/双一流"]}
      rows={cadre.educationRecords.map((e) => [
        e.fullTime ? "全日制" : "在职",
        educationLevelLabel[e.level],
        e.degree === "NONE" ? degreeLabel.NONE : degreeText(e.degree, e.degreeDiscipline),
        e.school,
        e.major ?? "",
        `${formatYearMonth(e.startDate)}—${formatYearMonth(e.graduationDate)}`,
        [e.is985 && "985", e.is211 && "211", e.isDoubleFirstClass && "双一流"].filter(Boolean).join("、"),
      ])}
    />
  );
}

export function AssessmentSection({ cadre, actions }: { cadre: CadreView; actions?: React.ReactNode }) {
  const tone = (g: string) =>
    (g === "EXCELLENT" ? "ok" : g === "COMPETENT" ? "neutral" : g === "UNGRADED" ? "info" : "bad") as "ok";
  return (
    <SectionTable
      id="assessments"
      title="年度考核"
      label="assessmentConclusions"
      withheld={!cadre.assessments}
      actions={cadre.assessments ? actions : null}
      headers={["年度", "等次", "备注"]}
      rows={[...(cadre.assessments ?? [])].reverse().map((a) => [
        `${a.year}年度`,
        <Badge key="g" tone={tone(a.grade)}>
          {assessmentGradeLabel[a.grade]}
        </Badge>,
        a.note ?? "",
      ])}
    />
  );
}

const SANCTION_STATE = {
  TOLERATED: { label: "容错免责", tone: "info" },
  REVOKED: { label: "已撤销", tone: "neutral" },
  NOT_YET: { label: "尚未生效", tone: "neutral" },
  IN_EFFECT: { label: "影响期内", tone: "bad" },
  ENDED: { label: "影响期已满", tone: "neutral" },
} as const;

export function SanctionSection({ cadre, asOf }: { cadre: CadreView; asOf: Date }) {
  return (
    <SectionTable
      id="sanctions"
      title="处分与组织处理"
      label="sanctions"
      withheld={!cadre.sanctions}
      headers={["决定日期", "种类", "影响期至", "决定机关", "事由", "状态"]}
      rows={(cadre.sanctions ?? []).map((s) => {
        const state = SANCTION_STATE[sanctionState(s, asOf)];
        return [
          formatDate(s.decidedOn),
          sanctionKindLabel[s.kind],
          s.effectEndsOn ? formatDate(s.effectEndsOn) : "未记录",
          s.authority ?? "",
          s.reason ?? "",
          <Badge key="s" tone={state.tone}>
            {state.label}
          </Badge>,
        ];
      })}
    />
  );
}

export function PersonalMattersSection({ cadre }: { cadre: CadreView }) {
  return (
    <SectionTable
      id="personal-matters"
      title="个人有关事项报告"
      label="personalMatters"
      withheld={!cadre.personalMattersReports}
      headers={["年度", "报告日期", "抽查核实", "漏报瞒报", "备注"]}
      rows={[...(cadre.personalMattersReports ?? [])].reverse().map((p) => [
        `${p.year}年度`,
        formatDate(p.submittedOn),
        p.checked ? "已核实" : "未抽查",
        p.falseOrMissing ? (
          <Badge key="f" tone="bad">
            发现漏报瞒报
          </Badge>
        ) : (
          "无"
        ),
        p.note ?? "",
      ])}
    />
  );
}
