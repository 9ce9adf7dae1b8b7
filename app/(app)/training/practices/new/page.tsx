import { PracticeForm } from "@/components/development/practice-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listScopedUnits } from "@/lib/server/units/unit-options";

export const metadata = { title: "登记实践锻炼" };

export default async function NewPracticePage() {
  const actor = await requirePermission("development", "manage");
  const units = await listScopedUnits(actor);
  return (
    <div>
      <PageHeader
        title="登记实践锻炼"
        description="墩苗选派在保存前按“派下去”条件检查：不符合的不能保存，有提示情形的须填写理由"
      />
      <Card>
        <PracticeForm
          units={units}
          initial={{
            cadre: null,
            kind: "",
            hostUnitId: "",
            hostUnitName: "",
            role: "",
            startDate: "",
            plannedEndDate: "",
            actualEndDate: "",
            hostEvaluation: "",
            specialAssessment: "",
            specialAssessedOn: "",
            overrideReason: "",
          }}
        />
      </Card>
    </div>
  );
}
