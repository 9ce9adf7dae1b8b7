// 干部任免审批表: the standard one-cadre form, filled from the record. Rendered on screen and,
// with the print stylesheet (globals.css), on one A4 page. It takes the labelled view
// (labelCadre): 奖惩情况, 年度考核结果 and a relative's 移居国（境）外 above the reader's
// clearance are not in it, and their cells say so.
import { formResumeLines, rewardsAndPunishmentsText } from "@/lib/cadres/form-resume";
import { toDotted } from "@/lib/lrmx/loose-date";
import { formatYearMonth } from "@/lib/format/dates";
import {
  assessmentGradeLabel,
  degreeLabel,
  educationLevelLabel,
  familyRelationLabelFor,
  genderLabel,
  healthStatusLabel,
  politicalStatusLabel,
} from "@/lib/labels";
import { ageOn, educationRank } from "@/lib/rules";
import { LabelWithheld, SecurityLabel } from "@/components/ui/security-label";
import type { CadreView } from "@/lib/server/cadres/profile";

type EducationRecord = CadreView["educationRecords"][number];

const L = "border border-slate-700 px-1.5 py-1 text-center font-medium whitespace-nowrap";
const V = "border border-slate-700 px-1.5 py-1";

function highest(records: EducationRecord[], fullTime: boolean): EducationRecord | null {
  return (
    records.filter((r) => r.fullTime === fullTime).sort((a, b) => educationRank(b.level) - educationRank(a.level))[0] ??
    null
  );
}

function eduText(r: EducationRecord | null): string {
  if (!r) return "";
  return `${educationLevelLabel[r.level]}${r.degree !== "NONE" ? `\n${degreeLabel[r.degree]}学位` : ""}`;
}

function schoolText(r: EducationRecord | null): string {
  return r ? `${r.school}${r.major ? `${r.major}专业` : ""}` : "";
}

export function ApprovalForm({ cadre, asOf }: { cadre: CadreView; asOf: Date }) {
  const ft = highest(cadre.educationRecords, true);
  const it = highest(cadre.educationRecords, false);
  // Generated from the record, merged with the lines of an imported form (lib/cadres/form-resume.ts).
  const resume = formResumeLines(
    cadre.resumeLines,
    cadre.educationRecords,
    cadre.appointments.map((a) => ({
      startDate: a.startDate,
      endDate: a.endDate,
      unitName: a.post.unit.name,
      title: a.post.title,
    })),
  );
  const lastAssessments = cadre.assessments?.slice(-3);
  const photo =
    cadre.photo && cadre.photoMime
      ? `data:${cadre.photoMime};base64,${Buffer.from(cadre.photo).toString("base64")}`
      : null;
  const family = cadre.familyMembers.slice(0, 8);

  return (
    <div
      className="approval-form mx-auto max-w-[190mm] bg-white text-[13px] leading-snug text-slate-900"
      data-testid="approval-form"
    >
      <h2 className="mb-2 text-center text-xl font-bold tracking-[0.3em]">干部任免审批表</h2>
      <table className="w-full table-fixed border-collapse">
        <colgroup>
          <col className="w-[12%]" />
          <col className="w-[13%]" />
          <col className="w-[11%]" />
          <col className="w-[14%]" />
          <col className="w-[13%]" />
          <col className="w-[19%]" />
          <col className="w-[18%]" />
        </colgroup>
        <tbody>
          <tr>
            <th className={L}>姓　名</th>
            <td className={V} data-testid="form-name">
              {cadre.name}
            </td>
            <th className={L}>性　别</th>
            <td className={V}>{genderLabel[cadre.gender]}</td>
            <th className={L}>
              出生年月
              <br />
              （岁）
            </th>
            <td className={V}>
              {formatYearMonth(cadre.birthDate)}
              <br />（{ageOn(cadre.birthDate, asOf)}岁）
            </td>
            <td className={`${V} text-center align-middle`} rowSpan={4}>
              {photo ? (
                // eslint-disable-next-line @next/next/no-img-element -- a data: URL from the record, nothing to optimise
                <img src={photo} alt={`${cadre.name}照片`} className="mx-auto max-h-[34mm]" />
              ) : (
                <span className="text-slate-400">照片</span>
              )}
            </td>
          </tr>
          <tr>
            <th className={L}>民　族</th>
            <td className={V}>{cadre.ethnicity}</td>
            <th className={L}>籍　贯</th>
            <td className={V}>{cadre.nativePlace}</td>
            <th className={L}>出生地</th>
            <td className={V}>{cadre.birthplace}</td>
          </tr>
          <tr>
            <th className={L}>入党时间</th>
            <td className={V}>
              {cadre.partyJoinDate
                ? formatYearMonth(cadre.partyJoinDate)
                : cadre.politicalStatus === "DEMOCRATIC_PARTY"
                  ? (cadre.democraticParty ?? "民主党派")
                  : politicalStatusLabel[cadre.politicalStatus]}
            </td>
            <th className={L}>
              参加工作
              <br />
              时间
            </th>
            <td className={V}>{formatYearMonth(cadre.workStartDate)}</td>
            <th className={L}>健康状况</th>
            <td className={V}>{healthStatusLabel[cadre.health]}</td>
          </tr>
          <tr>
            <th className={L}>
              专业技术
              <br />
              职务
            </th>
            <td className={V} colSpan={2}>
              {cadre.professionalTitle}
            </td>
            <th className={L}>
              熟悉专业
              <br />
              有何专长
            </th>
            <td className={V} colSpan={2}>
              {cadre.expertise}
            </td>
          </tr>
          <tr>
            <th className={L} rowSpan={2}>
              学　历
              <br />
              学　位
            </th>
            <th className={L}>
              全日制
              <br />
              教　育
            </th>
            <td className={`${V} whitespace-pre-line`} colSpan={2}>
              {eduText(ft)}
            </td>
            <th className={L}>
              毕业院校
              <br />
              系及专业
            </th>
            <td className={V} colSpan={2}>
              {schoolText(ft)}
            </td>
          </tr>
          <tr>
            <th className={L}>
              在　职
              <br />
              教　育
            </th>
            <td className={`${V} whitespace-pre-line`} colSpan={2}>
              {eduText(it)}
            </td>
            <th className={L}>
              毕业院校
              <br />
              系及专业
            </th>
            <td className={V} colSpan={2}>
              {schoolText(it)}
            </td>
          </tr>
          <tr>
            <th className={L}>现任职务</th>
            <td className={V} colSpan={6}>
              {cadre.currentPostTitle}
            </td>
          </tr>
          <tr>
            <th className={`${L} align-middle`}>
              简<br />
              <br />历
            </th>
            <td className={`${V} resume-cell align-top`} colSpan={6} data-testid="form-resume">
              {resume.map((l, i) => (
                <div key={i} className="flex gap-3">
                  <span className="shrink-0 tabular-nums">
                    {toDotted(l.start)}—{l.end ? toDotted(l.end) : "\u3000\u3000\u3000\u2002"}
                  </span>
                  <span>
                    {l.text}
                    {l.notes.map((n, k) => (
                      <span key={k} className="block">
                        （其间：{n}）
                      </span>
                    ))}
                  </span>
                </div>
              ))}
            </td>
          </tr>
          <tr>
            <th className={L}>
              奖惩情况
              <SecurityLabel set="sanctions" />
            </th>
            <td className={V} colSpan={6} data-testid="form-sanctions">
              {cadre.sanctions ? (
                rewardsAndPunishmentsText(cadre.rewardsAndPunishments ?? null, cadre.sanctions)
              ) : (
                <LabelWithheld set="sanctions" className="" />
              )}
            </td>
          </tr>
          <tr>
            <th className={L}>
              年度考核
              <br />
              结果
              <SecurityLabel set="assessmentConclusions" />
            </th>
            <td className={V} colSpan={6} data-testid="form-assessments">
              {!lastAssessments ? (
                <LabelWithheld set="assessmentConclusions" className="" />
              ) : (
                lastAssessments.map((a) => `${a.year}年度${assessmentGradeLabel[a.grade]}`).join("；")
              )}
            </td>
          </tr>
          <tr>
            <th className={`${L} align-middle`} rowSpan={family.length + 1}>
              家庭主要
              <br />
              成员及
              <br />
              重要社会
              <br />
              关系
              {cadre.withheld.includes("familyAbroad") ? (
                <LabelWithheld set="familyAbroad" className="mt-1 text-xs font-normal" />
              ) : (
                <SecurityLabel set="familyAbroad" />
              )}
            </th>
            <th className={L}>称　谓</th>
            <th className={L}>姓　名</th>
            <th className={L}>年　龄</th>
            <th className={L}>政治面貌</th>
            <th className={L} colSpan={2}>
              工作单位及职务
            </th>
          </tr>
          {family.map((f) => (
            <tr key={f.id}>
              <td className={`${V} text-center`}>{familyRelationLabelFor(f.relation, cadre.gender)}</td>
              <td className={`${V} text-center`}>{f.name}</td>
              <td className={`${V} text-center`}>
                {f.deceased ? "已故" : f.birthDate ? ageOn(f.birthDate, asOf) : ""}
              </td>
              <td className={`${V} text-center`}>{f.politicalStatus ? politicalStatusLabel[f.politicalStatus] : ""}</td>
              <td className={V} colSpan={2}>
                {f.deceased ? "" : f.workplaceAndPost}
                {f.emigrated ? `（已移居${f.emigratedTo ?? "国（境）外"}）` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
