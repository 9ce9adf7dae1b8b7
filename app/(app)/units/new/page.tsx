import { PageHeader } from "@/components/ui/page-header";
import { UnitForm } from "@/components/units/unit-form";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listParentOptions } from "@/lib/server/units/list-units";

export const metadata = { title: "新建单位" };

export default async function NewUnitPage() {
  const actor = await requirePermission("unit", "manage");
  const parents = await listParentOptions(actor);
  return (
    <div>
      <PageHeader title="新建单位" />
      <UnitForm
        parents={parents}
        initial={{
          name: "",
          shortName: "",
          code: "",
          type: "",
          parentId: "",
          sectionLeaderPostCount: 0,
          isPartyGovDept: false,
          sortOrder: 0,
        }}
      />
    </div>
  );
}
