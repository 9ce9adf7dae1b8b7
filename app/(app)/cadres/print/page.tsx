// The print view of one or many 任免审批表: each cadre's front and back on two A4 pages and a
// 续页 for what does not fit (components/approval-form). Opened by the PDF route in headless
// Chromium (/cadres/print-pdf), and viewable by a user who may print. Every view is audited (one
// row: the count and the cadres — issue 18 item 6), so a PDF download leaves two rows: this view
// (format HTML) and the PDF. Each page carries who and when (diagonal overlay and a footer
// line); the form has no 身份证号.
import { notFound } from "next/navigation";
import { ApprovalForm } from "@/components/approval-form/approval-form";
import { PrintReady } from "@/components/approval-form/print-ready";
import { PrintWatermark } from "@/components/export/print-watermark";
import { todayInChina } from "@/lib/format/dates";
import { watermarkLine, watermarkText } from "@/lib/print/watermark";
import { approvalFormsFor } from "@/lib/server/approval-forms";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { labelCadreForms } from "@/lib/server/cadres/labelled-forms";
import { loadCadreForms } from "@/lib/server/print/cadre-forms";
import { auditPrintView } from "@/lib/server/print/print-audit";
import { UserFacingError } from "@/lib/errors/user-facing";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { printFormsParams } from "@/lib/validation/cadre-search";

export const metadata = { title: "打印任免审批表" };

export default async function PrintFormsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("cadre", "print");
  const sp = parseSearchParams(printFormsParams, await searchParams);
  const ids = sp.ids;
  const asOf = sp.asOf ?? todayInChina();
  const [rows, forms] = await Promise.all([
    loadCadreForms(actor, ids).catch((e) => {
      if (e instanceof UserFacingError) notFound();
      throw e;
    }),
    approvalFormsFor(actor, ids, "print"),
  ]);
  // security labels: sets above the reader's clearance are taken out before rendering (audited)
  const cadres = await labelCadreForms(actor, rows);
  const now = new Date();
  await auditPrintView(actor, {
    action: "print.cadreForm",
    objectType: "Cadre",
    ids: cadres.map((c) => c.id),
    detail: { asOf: asOf.toISOString().slice(0, 10) },
  });
  const footer = watermarkLine(actor, now, "打印");
  return (
    <PrintReady>
      <PrintWatermark text={watermarkText(actor, now)} />
      {cadres.map((c) => (
        <div key={c.id} className="print-sheet" data-testid="print-sheet">
          <ApprovalForm cadre={c} form={forms.get(c.id) ?? null} asOf={asOf} footer={footer} />
        </div>
      ))}
    </PrintReady>
  );
}
