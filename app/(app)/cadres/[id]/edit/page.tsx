import { notFound } from "next/navigation";
import { CadreBasicForm } from "@/components/cadres/cadre-basic-form";
import { AppointmentEditor, AssessmentEditor, EducationEditor } from "@/components/cadres/record-editors";
import { ButtonLink } from "@/components/ui/button";
import { LabelWithheld, SecurityLabel } from "@/components/ui/security-label";
import { PageHeader } from "@/components/ui/page-header";
import { appointmentRecords, assessmentRecords, basicValues, educationRecords } from "@/lib/cadres/form-values";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getEditOptions } from "@/lib/server/cadres/edit-options";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { NotFoundError } from "@/lib/errors/user-facing";

export const metadata = { title: "编辑干部信息" };

export default async function EditCadrePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("cadre", "update");
  const { id } = await params;
  // the labelled view: an editor for a set above the actor's clearance is not offered (and
  // its save is refused on the server, write-records.ts)
  const { cadre } = await getCadreFile(actor, id, "edit").catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { units, posts } = await getEditOptions(actor);
  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between">
        <PageHeader title={`编辑：${cadre.name}`} description="各部分分别保存；记录只做修改或办理免职，不删除。" />
        <ButtonLink href={`/cadres/${cadre.id}`}>查看档案</ButtonLink>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="基本信息">
        <h2 className="mb-3 text-sm font-semibold">基本信息</h2>
        <CadreBasicForm
          initial={basicValues(cadre)}
          units={actor.role === "UNIT" ? null : units}
          maskedIdNumber={cadre.maskedIdNumber}
        />
      </section>
      <EducationEditor cadreId={cadre.id} records={educationRecords(cadre)} />
      <AppointmentEditor cadreId={cadre.id} records={appointmentRecords(cadre)} units={units} posts={posts} />
      {cadre.assessments ? (
        <AssessmentEditor
          cadreId={cadre.id}
          records={assessmentRecords(cadre)}
          defaultYear={todayInChina().getUTCFullYear() - 1}
        />
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="年度考核">
          <h2 className="text-sm font-semibold">
            年度考核
            <SecurityLabel set="assessmentConclusions" />
          </h2>
          <LabelWithheld set="assessmentConclusions" className="mt-2" />
        </section>
      )}
    </div>
  );
}
