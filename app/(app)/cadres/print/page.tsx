// The print view of one or many 任免审批表: one A4 sheet per cadre, 简历 shrunk to fit. Opened
// by the PDF route in headless Chromium (/cadres/print-pdf), and viewable by a user who may
// print. Viewing is not a print; the PDF route and the profile's 打印 button are audited.
import { notFound } from "next/navigation";
import { ApprovalForm } from "@/components/cadres/approval-form";
import { FitToPage } from "@/components/print/fit-to-page";
import { todayInChina } from "@/lib/format/dates";
import { toDay } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { loadCadreForms } from "@/lib/server/print/cadre-forms";
import { UserFacingError } from "@/lib/errors/user-facing";

export const metadata = { title: "打印任免审批表" };

export default async function PrintFormsPage({ searchParams }: { searchParams: Promise<{ ids?: string; asOf?: string }> }) {
  const actor = await requirePermission("cadre", "print");
  const sp = await searchParams;
  const ids = (sp.ids ?? "").split(",").filter((s) => /^[A-Za-z0-9_-]{1,40}$/.test(s));
  const asOf = sp.asOf && /^\d{4}-\d{2}-\d{2}$/.test(sp.asOf) ? toDay(sp.asOf) : todayInChina();
  const cadres = await loadCadreForms(actor, ids).catch((e) => {
    if (e instanceof UserFacingError) notFound();
    throw e;
  });
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
