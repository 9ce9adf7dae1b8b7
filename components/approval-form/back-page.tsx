// The back of the 任免审批表: 奖惩情况, 年度考核结果, 任免理由, 家庭主要成员及重要社会关系 (the
// rows layoutBack placed; the others are on the 续页), 呈报单位 with its date, 审批机关意见,
// 行政机关任免意见, and 填表人 / 填表时间. Withheld sets print their refusal with the label.
import type { BackLayout, FamilyRowLayout } from "@/lib/cadres/approval-form/layout";
import { BACK, OPINION_COL_MM } from "@/lib/cadres/approval-form/geometry";
import { LabelWithheld, SecurityLabel } from "@/components/ui/security-label";
import type { FormFields } from "./form-content";
import { Label, Lines, PageFooter, Wrapped } from "./lines";

const mm = (n: number) => `${n}mm`;

export function FamilyHeader({ withLabel }: { withLabel?: React.ReactNode }) {
  return (
    <>
      {withLabel}
      <Label lines={["称谓"]} />
      <Label lines={["姓名"]} />
      <Label lines={["年龄"]} />
      <Label lines={["政治", "面貌"]} />
      <Label lines={["工作单位及职务"]} />
    </>
  );
}

export function FamilyCells({ row }: { row: FamilyRowLayout }) {
  return (
    <>
      {row.cells.map((c, i) => (
        <td key={i} className={i === 4 ? "af-left" : undefined}>
          <Lines lines={c} />
        </td>
      ))}
    </>
  );
}

export function BackPage({
  f,
  layout,
  withheldFamilyAbroad,
  footer,
}: {
  f: FormFields;
  layout: BackLayout;
  withheldFamilyAbroad: boolean;
  footer?: string;
}) {
  const familySpan = 1 + layout.family.length + layout.blankRows;
  return (
    <section className="af-page" data-testid="form-back" aria-label="任免审批表（背面）">
      <div style={{ height: mm(BACK.topMm) }} />
      <table className="af-table">
        <colgroup>
          {BACK.familyCols.map((c, i) => (
            <col key={i} style={{ width: mm(c) }} />
          ))}
        </colgroup>
        <tbody>
          <tr style={{ height: mm(layout.rewards?.heightMm ?? BACK.rewardsMinMm) }}>
            <Label lines={["奖惩", "情况"]}>
              <SecurityLabel set="sanctions" />
            </Label>
            <td colSpan={5} className="af-left" data-testid="form-sanctions">
              {layout.rewards ? <Lines lines={layout.rewards.lines} /> : <LabelWithheld set="sanctions" className="" />}
            </td>
          </tr>
          <tr style={{ height: mm(layout.assessments?.heightMm ?? BACK.assessmentsMinMm) }}>
            <Label lines={["年度考核", "结果"]}>
              <SecurityLabel set="assessmentConclusions" />
            </Label>
            <td colSpan={5} className="af-left" data-testid="form-assessments">
              {layout.assessments ? (
                <Lines lines={layout.assessments.lines} />
              ) : (
                <LabelWithheld set="assessmentConclusions" className="" />
              )}
            </td>
          </tr>
          <tr style={{ height: mm(layout.reason.heightMm) }}>
            <Label lines={["任免", "理由"]} />
            <td colSpan={5} className="af-left" data-testid="form-reason">
              <Lines lines={layout.reason.lines} />
            </td>
          </tr>
          <tr style={{ height: mm(BACK.familyHeaderMm) }}>
            <FamilyHeader
              withLabel={
                <Label lines={["家庭主要", "成员及重", "要社会关", "系"]} rowSpan={familySpan}>
                  <SecurityLabel set="familyAbroad" />
                </Label>
              }
            />
          </tr>
          {layout.family.map((row, i) => (
            <tr key={i} style={{ height: mm(row.heightMm) }} data-testid="form-family-row">
              <FamilyCells row={row} />
            </tr>
          ))}
          {Array.from({ length: layout.blankRows }, (_, i) => (
            <tr key={`blank-${i}`} style={{ height: mm(BACK.familyRowMinMm) }}>
              <td />
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
          <tr style={{ height: mm(BACK.reportingMm) }}>
            <Label lines={["呈报", "单位"]} />
            <td colSpan={5} className="af-left" style={{ position: "relative" }} data-testid="form-reporting-unit">
              <Wrapped text={f.reportingUnit} widthMm={166} />
              <div style={{ position: "absolute", right: "8mm", bottom: "2mm" }} data-testid="form-reported-on">
                {f.reportedOn || "　　年　　月　　日"}
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <table className="af-table" style={{ marginTop: "-0.3mm" }}>
        <colgroup>
          <col style={{ width: mm(20) }} />
          <col style={{ width: mm(OPINION_COL_MM) }} />
          <col style={{ width: mm(20) }} />
          <col style={{ width: mm(OPINION_COL_MM) }} />
        </colgroup>
        <tbody>
          <tr style={{ height: mm(layout.opinionsMm) }}>
            <Label lines={["审批", "机关", "意见"]} />
            <Opinion text={f.approvalOpinion} testId="form-approval-opinion" />
            <Label lines={["行政", "机关", "任免", "意见"]} />
            <Opinion text={f.administrativeOpinion} testId="form-administrative-opinion" />
          </tr>
        </tbody>
      </table>
      <div className="af-cont-name" style={{ height: mm(BACK.preparedByMm) }} data-testid="form-prepared">
        <span>填表人：{f.preparedBy}</span>
        {withheldFamilyAbroad ? <LabelWithheld set="familyAbroad" className="text-xs" /> : null}
        <span>填表时间：{f.preparedOn}</span>
      </div>
      <PageFooter line={footer} />
    </section>
  );
}

function Opinion({ text, testId }: { text: string; testId: string }) {
  return (
    <td className="af-left" style={{ position: "relative", verticalAlign: "top" }} data-testid={testId}>
      <Wrapped text={text} widthMm={OPINION_COL_MM} />
      <div style={{ position: "absolute", right: "6mm", bottom: "6mm", textAlign: "center" }}>
        <div>（盖章）</div>
        <div>　　年　　月　　日</div>
      </div>
    </td>
  );
}
