// 干部任免审批表: the standard one-cadre form in its official layout — the front (photo,
// personal data, 学历学位, 现任/拟任/拟免职务, 简历) and the back (奖惩情况, 年度考核结果, 任免理由,
// 家庭主要成员及重要社会关系, 呈报单位, 审批机关意见, 行政机关任免意见, 填表人) on two A4 pages, and
// a 续页 for whatever does not fit, at the same readable size (lib/cadres/approval-form decides
// the lines and the pages). It takes the labelled view (labelCadre): 奖惩情况, 年度考核结果 and a
// relative's 移居国（境）外 above the reader's clearance are not in it, and their cells say so.
import "./approval-form.css";
import { layoutForm } from "@/lib/cadres/approval-form/layout";
import type { ApprovalFormView } from "@/lib/server/approval-forms";
import type { CadreView } from "@/lib/server/cadres/profile";
import { BackPage } from "./back-page";
import { ContinuationPage } from "./continuation-page";
import { buildForm } from "./form-content";
import { FrontPage } from "./front-page";

export function ApprovalForm({
  cadre,
  form,
  asOf,
  footer,
}: {
  cadre: CadreView;
  form: ApprovalFormView | null;
  /** the day ages are computed on when the form sets no 计算年龄时间 */
  asOf: Date;
  /** the watermark line at the foot of each printed page */
  footer?: string;
}) {
  const { fields, content } = buildForm(cadre, form, asOf);
  const layout = layoutForm(content);
  const pages = 2 + layout.continuation.length;
  return (
    <div className="approval-form" data-testid="approval-form" data-pages={pages}>
      <FrontPage f={fields} layout={layout.front} footer={footer} />
      <BackPage
        f={fields}
        layout={layout.back}
        withheldFamilyAbroad={cadre.withheld.includes("familyAbroad")}
        footer={footer}
      />
      {layout.continuation.map((blocks, i) => (
        <ContinuationPage
          key={i}
          name={cadre.name}
          blocks={blocks}
          index={i}
          count={layout.continuation.length}
          footer={footer}
        />
      ))}
    </div>
  );
}
