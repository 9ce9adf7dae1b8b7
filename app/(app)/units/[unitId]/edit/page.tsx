import { PageHeader } from "@/components/ui/page-header";
import { UnitForm } from "@/components/units/unit-form";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listParentOptions } from "@/lib/server/units/list-units";
import { getUnitForEdit } from "@/lib/server/units/manage-units";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "编辑单位" };

export default async function EditUnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const actor = await requirePermission("unit", "manage");
  const { unitId } = await params;
  const unit = await orNotFound(getUnitForEdit(actor, unitId));
  const parents = await listParentOptions(actor);
  return (
    <div>
      <PageHeader title={`编辑单位：${unit.name}`} />
      <UnitForm
        parents={parents}
        initial={{
          id: unit.id,
          version: unit.version,
          name: unit.name,
          shortName: unit.shortName ?? "",
          code: unit.code,
          type: unit.type,
          parentId: unit.parentId ?? "",
          sectionLeaderPostCount: unit.sectionLeaderPostCount,
          isPartyGovDept: unit.isPartyGovDept,
          sortOrder: unit.sortOrder,
        }}
      />
    </div>
  );
}
