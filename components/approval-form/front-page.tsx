// The front of the 任免审批表: photo and personal data, 学历学位, 现任/拟任/拟免职务 and as much
// of the 简历 as fits (layoutFront decided which entries; the rest is on the 续页).
import type { FrontLayout } from "@/lib/cadres/approval-form/layout";
import { FRONT } from "@/lib/cadres/approval-form/geometry";
import type { FormFields } from "./form-content";
import { Label, Lines, PageFooter, Wrapped } from "./lines";

const mm = (n: number) => `${n}mm`;

export function FrontPage({ f, layout, footer }: { f: FormFields; layout: FrontLayout; footer?: string }) {
  const w = FRONT.value;
  const [r1, r2, r3, r4] = layout.basicRowsMm;
  const [e1, e2] = layout.educationRowsMm;
  const [p1, p2, p3] = layout.postRowsMm;
  return (
    <section className="af-page" data-testid="form-front" aria-label="任免审批表（正面）">
      <h2 className="af-title">干部任免审批表</h2>
      <table className="af-table">
        <colgroup>
          {FRONT.cols.map((c, i) => (
            <col key={i} style={{ width: mm(c) }} />
          ))}
        </colgroup>
        <tbody>
          <tr style={{ height: mm(r1) }}>
            <Label lines={["姓　名"]} />
            <td data-testid="form-name">
              <Wrapped text={f.name} widthMm={w.narrow} />
            </td>
            <Label lines={["性　别"]} />
            <td>
              <Wrapped text={f.gender} widthMm={w.narrow} />
            </td>
            <Label lines={["出生年月", "（岁）"]} />
            <td>
              <Wrapped text={f.birth} widthMm={w.wide} />
            </td>
            <td rowSpan={4}>
              {f.photo ? (
                // eslint-disable-next-line @next/next/no-img-element -- a data: URL from the record, nothing to optimise
                <img
                  src={f.photo}
                  alt={`${f.name}照片`}
                  style={{ maxHeight: "40mm", maxWidth: "30mm", margin: "0 auto" }}
                />
              ) : (
                <span className="text-slate-400">照片</span>
              )}
            </td>
          </tr>
          <tr style={{ height: mm(r2) }}>
            <Label lines={["民　族"]} />
            <td>
              <Wrapped text={f.ethnicity} widthMm={w.narrow} />
            </td>
            <Label lines={["籍　贯"]} />
            <td>
              <Wrapped text={f.nativePlace} widthMm={w.narrow} />
            </td>
            <Label lines={["出生地"]} />
            <td>
              <Wrapped text={f.birthplace} widthMm={w.wide} />
            </td>
          </tr>
          <tr style={{ height: mm(r3) }}>
            <Label lines={["入党时间"]} />
            <td data-testid="form-party">
              <Wrapped text={f.party} widthMm={w.narrow} />
            </td>
            <Label lines={["参加工作", "时间"]} />
            <td>
              <Wrapped text={f.workStart} widthMm={w.narrow} />
            </td>
            <Label lines={["健康状况"]} />
            <td>
              <Wrapped text={f.health} widthMm={w.wide} />
            </td>
          </tr>
          <tr style={{ height: mm(r4) }}>
            <Label lines={["专业技", "术职务"]} />
            <td colSpan={2}>
              <Wrapped text={f.professionalTitle} widthMm={w.title} />
            </td>
            <Label lines={["熟悉专业", "有何专长"]} />
            <td colSpan={2}>
              <Wrapped text={f.expertise} widthMm={w.expertise} />
            </td>
          </tr>
          <tr style={{ height: mm(e1) }}>
            <Label lines={["学　历", "学　位"]} rowSpan={2} />
            <Label lines={["全日制", "教　育"]} />
            <td colSpan={2} data-testid="form-education-full-time">
              <Wrapped text={f.fullTimeEducation} widthMm={w.education} />
            </td>
            <Label lines={["毕业院校", "系及专业"]} />
            <td colSpan={2}>
              <Wrapped text={f.fullTimeSchool} widthMm={w.school} />
            </td>
          </tr>
          <tr style={{ height: mm(e2) }}>
            <Label lines={["在　职", "教　育"]} />
            <td colSpan={2}>
              <Wrapped text={f.partTimeEducation} widthMm={w.education} />
            </td>
            <Label lines={["毕业院校", "系及专业"]} />
            <td colSpan={2}>
              <Wrapped text={f.partTimeSchool} widthMm={w.school} />
            </td>
          </tr>
          <PostRow label="现任职务" lines={layout.currentPost} heightMm={p1} testId="form-current-post" />
          <PostRow label="拟任职务" lines={layout.proposedPost} heightMm={p2} testId="form-proposed-post" />
          <PostRow label="拟免职务" lines={layout.proposedRemoval} heightMm={p3} testId="form-proposed-removal" />
          <tr style={{ height: mm(layout.resumeMm) }}>
            <Label lines={["简", "", "", "历"]} />
            <td colSpan={6} className="af-left af-top" data-testid="form-resume">
              {layout.resume.map((e, i) => (
                <div key={i} className="af-resume-entry">
                  <span className="af-resume-period">{e.period}</span>
                  <div>
                    <Lines lines={e.lines} />
                  </div>
                </div>
              ))}
              {layout.rest.length ? <div className="af-line">（下转续页）</div> : null}
            </td>
          </tr>
        </tbody>
      </table>
      <PageFooter line={footer} />
    </section>
  );
}

function PostRow({
  label,
  lines,
  heightMm,
  testId,
}: {
  label: string;
  lines: string[];
  heightMm: number;
  testId: string;
}) {
  return (
    <tr style={{ height: mm(heightMm) }}>
      <Label lines={[label]} />
      <td colSpan={6} className="af-left" data-testid={testId}>
        <Lines lines={lines} />
      </td>
    </tr>
  );
}
