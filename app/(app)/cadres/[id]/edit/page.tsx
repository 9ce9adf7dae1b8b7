import { notFound } from "next/navigation";
import { CadreBasicForm } from "@/components/cadres/cadre-basic-form";
import { AppointmentEditor, AssessmentEditor, EducationEditor } from "@/components/cadres/record-editors";
import { ExclusionsForm, RewardsForm } from "@/components/cadres/cadre-set-forms";
import { FamilyEditor, PersonalMattersEditor, SanctionEditor } from "@/components/cadres/file-record-editors";
import { PhotoEditor } from "@/components/cadres/photo-editor";
import { RankRecordEditor } from "@/components/cadres/rank-record-editor";
import { rankRecordRows } from "@/lib/cadres/rank-record-values";
import { familyRecords, personalMattersRecords, sanctionRecords } from "@/lib/cadres/file-record-values";
import type { InfoSet } from "@/lib/authz/clearance";
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

/** A labelled set's section for an editor without the clearance: its title and the refusal. */
function Withheld({ title, set }: { title: string; set: InfoSet }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={title}>
      <h2 className="text-sm font-semibold">
        {title}
        <SecurityLabel set={set} />
      </h2>
      <LabelWithheld set={set} className="mt-2" />
    </section>
  );
}

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
  const lastYear = todayInChina().getUTCFullYear() - 1;
  const photo =
    cadre.photo && cadre.photoMime
      ? `data:${cadre.photoMime};base64,${Buffer.from(cadre.photo).toString("base64")}`
      : null;
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
      <RankRecordEditor cadreId={cadre.id} records={rankRecordRows(cadre)} />
      {cadre.assessments ? (
        <AssessmentEditor cadreId={cadre.id} records={assessmentRecords(cadre)} defaultYear={lastYear} />
      ) : (
        <Withheld title="年度考核" set="assessmentConclusions" />
      )}
      {/* the sets on the cadre row save with its version: keyed on it, they start afresh after any save */}
      <PhotoEditor key={`photo-${cadre.version}`} cadreId={cadre.id} version={cadre.version} current={photo} />
      <FamilyEditor
        cadreId={cadre.id}
        gender={cadre.gender}
        records={familyRecords(cadre, !cadre.withheld.includes("familyAbroad"))}
        withAbroad={!cadre.withheld.includes("familyAbroad")}
      />
      {cadre.withheld.includes("familyAbroad") ? (
        <Withheld title="家庭成员移居国（境）外情况" set="familyAbroad" />
      ) : null}
      {cadre.sanctions ? (
        <SanctionEditor cadreId={cadre.id} records={sanctionRecords(cadre)} />
      ) : (
        <Withheld title="处分、组织处理" set="sanctions" />
      )}
      {cadre.sanctions ? (
        <RewardsForm
          key={`rewards-${cadre.version}`}
          cadreId={cadre.id}
          version={cadre.version}
          text={cadre.rewardsAndPunishments ?? ""}
        />
      ) : (
        <Withheld title="奖惩情况" set="sanctions" />
      )}
      <ExclusionsForm
        key={`exclusions-${cadre.version}`}
        cadreId={cadre.id}
        version={cadre.version}
        initial={{
          lowPublicRecognition: cadre.lowPublicRecognition,
          canvassingRecorded: cadre.canvassingRecorded,
          otherExclusionNote: cadre.otherExclusionNote ?? "",
        }}
      />
      {cadre.personalMattersReports ? (
        <PersonalMattersEditor cadreId={cadre.id} records={personalMattersRecords(cadre)} defaultYear={lastYear} />
      ) : (
        <Withheld title="个人有关事项报告" set="personalMatters" />
      )}
    </div>
  );
}
