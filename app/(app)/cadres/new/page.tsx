import { CadreBasicForm } from "@/components/cadres/cadre-basic-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getEditOptions } from "@/lib/server/cadres/edit-options";

export const metadata = { title: "新增干部" };

export default async function NewCadrePage() {
  const actor = await requirePermission("cadre", "create");
  const { units } = await getEditOptions(actor);
  return (
    <div>
      <PageHeader title="新增干部" description="先填写基本信息；创建后可继续录入学历学位、任职经历和年度考核。" />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <CadreBasicForm
          units={actor.role === "UNIT" ? null : units}
          maskedIdNumber=""
          initial={{
            name: "",
            gender: "",
            birthDate: "",
            idNumber: "",
            ethnicity: "汉族",
            nativePlace: "",
            birthplace: "",
            politicalStatus: "",
            partyJoinDate: "",
            democraticParty: "",
            workStartDate: "",
            health: "HEALTHY",
            professionalTitle: "",
            expertise: "",
            familiarDomains: "",
            rank: "",
            rankSince: "",
            grade: "",
            gradeSince: "",
            establishmentType: "CIVIL_SERVANT",
            status: "SERVING",
            unitId: "",
            currentPostTitle: "",
          }}
        />
      </div>
    </div>
  );
}
