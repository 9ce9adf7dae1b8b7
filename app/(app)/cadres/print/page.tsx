// The print view of one or many 任免审批表: one A4 sheet per cadre, 简历 shrunk to fit. Opened
// by the PDF route in headless Chromium (/cadres/print-pdf), and viewable by a user who may
// print. Viewing is not a print; the PDF route and the profile's 打印 button are audited.
import { notFound } from "next/navigation";
import { ApprovalForm } from "@/components/cadres/approval-form";
import { FitToPage } from "@/components/print/fit-to-page";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { labelCadreForms } from "@/lib/server/cadres/labelled-forms";
import { loadCadreForms } from "@/lib/server/print/cadre-forms";
import { UserFacingError } from "@/lib/errors/user-facing";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { printFormsParams } from "@/lib/validation/cadre-search";

export const metadata = { title: "打印任免审批表" };

export default async function PrintFormsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("cadre", "print");
  const sp = parseSearchParams(printFormsParams, await searchParams);
  const ids = sp.ids;
  const asOf = sp.asOf ?? todayInChina();
  const rows = await loadCadreForms(actor, ids).catch((e) => {
    if (e instanceof UserFacingError) notFound();
    throw e;
  });
  // security labels: sets above the reader's clearance are taken out before rendering (audited)
  const cadres = await labelCadreForms(actor, rows);
  return (
    <FitToPage>
      {cadres.map((c) => (
        <div key={c.id} className="print-sheet" data-testid="print-sheet">
          <ApprovalForm cadre={c} asOf={asOf} />
        </div>
      ))}
    </FitToPage>
  );
}
