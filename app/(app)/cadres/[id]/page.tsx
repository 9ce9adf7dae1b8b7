// 干部档案: the 任免审批表 (front, back and any 续页, printable on A4) with its editor, the
// eligibility panel and every section of the record. One scoped read of the cadre serves the
// form, the sections and the rules; the form's second half (ApprovalForm) is read beside it.
import { notFound } from "next/navigation";
import { ApprovalForm } from "@/components/approval-form/approval-form";
import { ApprovalFormEditor } from "@/components/approval-form/approval-form-editor";
import { approvalFormValues } from "@/lib/cadres/approval-form/values";
import { getApprovalForm } from "@/lib/server/approval-forms";
import { EligibilityPanel } from "@/components/cadres/eligibility-panel";
import { PoolHistorySection, PracticeSection, TalkSection, TrainingSection } from "@/components/cadres/growth-sections";
import { IdNumberReveal } from "@/components/cadres/id-number-reveal";
import { PrintButton } from "@/components/cadres/print-button";
import { FormFileLinks } from "@/components/print/form-file-links";
import { PrintWatermark } from "@/components/export/print-watermark";
import { mayAskFullIdNumbers } from "@/lib/print/export-policy";
import { watermarkText } from "@/lib/print/watermark";
import {
  AppointmentTimeline,
  AssessmentSection,
  EducationSection,
  PersonalMattersSection,
  SanctionSection,
} from "@/components/cadres/record-sections";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { SecurityLabel } from "@/components/ui/security-label";
import { mayRead } from "@/lib/authz/clearance";
import { todayInChina } from "@/lib/format/dates";
import { cadreStatusLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { NotFoundError } from "@/lib/errors/user-facing";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { asOfParams, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "干部档案" };

const SECTIONS = [
  ["approval-form", "任免审批表"],
  ["eligibility", "资格研判"],
  ["appointments", "任职经历"],
  ["education", "学历学位"],
  ["assessments", "年度考核"],
  ["sanctions", "处分"],
  ["personal-matters", "个人事项"],
  ["trainings", "培训"],
  ["practices", "实践锻炼"],
  ["talks", "谈话"],
  ["pool-history", "入库记录"],
] as const;

export default async function CadrePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("cadre", "read");
  const { id } = await params;
  const { asOf: asOfParam } = parseSearchParams(asOfParams, await searchParams);
  // the labelled view: sets above the actor's clearance are not in it (refusals audited)
  const file = await getCadreFile(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const cadre = file.cadre;
  const form = await getApprovalForm(actor, cadre.id);
  const today = todayInChina();
  const asOf = asOfParam ?? today;
  const { profile } = await getActiveProfile();
  const report = file.eligibility(profile, asOf);
  const editable = can(actor.role, "cadre", "update");

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900" data-testid="cadre-name">
            {cadre.name} <Badge>{cadreStatusLabel[cadre.status]}</Badge>
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {cadre.unit?.name}　{cadre.currentPostTitle}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            身份证号：
            <IdNumberReveal
              cadreId={cadre.id}
              masked={cadre.maskedIdNumber}
              canReveal={can(actor.role, "idNumber", "reveal") && mayRead(actor.clearance, "idNumber")}
            />
            <SecurityLabel set="idNumber" />
            {can(actor.role, "idNumber", "reveal") && !mayRead(actor.clearance, "idNumber") ? (
              <span className="ml-2 text-xs text-slate-500">查看完整号码需“高度敏感”密级</span>
            ) : null}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {editable ? <ButtonLink href={`/cadres/${cadre.id}/edit`}>编辑</ButtonLink> : null}
          {can(actor.role, "pool", "manage") && !cadre.poolEntries.some((e) => !e.closedOn) ? (
            <ButtonLink href={`/pool/enter?cadreId=${cadre.id}`}>入库研判</ButtonLink>
          ) : null}
          {can(actor.role, "cadre", "print") ? <PrintButton cadreId={cadre.id} /> : null}
          <FormFileLinks
            ids={[cadre.id]}
            asOf={asOf.toISOString().slice(0, 10)}
            canExport={can(actor.role, "cadre", "export")}
            canPrint={can(actor.role, "cadre", "print")}
            fullIdNumbers={mayAskFullIdNumbers(actor)}
            compact
          />
          {can(actor.role, "cadre", "print") ? (
            <PrintWatermark text={watermarkText(actor, new Date())} printOnly />
          ) : null}
          <ButtonLink href="/cadres" variant="ghost">
            返回名册
          </ButtonLink>
        </div>
      </div>
      <nav aria-label="档案目录" className="no-print flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {SECTIONS.map(([anchor, label]) => (
          <a key={anchor} href={`#${anchor}`} className="text-brand-700 hover:underline">
            {label}
          </a>
        ))}
      </nav>
      <div
        id="approval-form"
        className="print-area overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <ApprovalForm cadre={cadre} form={form} asOf={today} />
      </div>
      <div className="no-print space-y-4">
        {editable ? (
          <ApprovalFormEditor
            key={`approval-form-${form?.version ?? 0}`}
            cadreId={cadre.id}
            version={form?.version ?? 0}
            initial={approvalFormValues(form)}
            filledFrom={form?.nominationId ? { id: form.nominationId, label: "推荐程序" } : null}
          />
        ) : null}
        <EligibilityPanel report={report} cadreId={cadre.id} />
        <AppointmentTimeline cadre={cadre} />
        <EducationSection cadre={cadre} />
        <AssessmentSection cadre={cadre} />
        <SanctionSection cadre={cadre} asOf={today} />
        <PersonalMattersSection cadre={cadre} />
        <TrainingSection cadre={cadre} />
        <PracticeSection cadre={cadre} />
        <TalkSection cadre={cadre} />
        <PoolHistorySection cadre={cadre} />
      </div>
    </div>
  );
}
