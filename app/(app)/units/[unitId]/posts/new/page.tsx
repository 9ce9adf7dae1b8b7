import { PageHeader } from "@/components/ui/page-header";
import { PostForm } from "@/components/units/post-form";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getUnitForEdit } from "@/lib/server/units/manage-units";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "新增职位" };

export default async function NewPostPage({ params }: { params: Promise<{ unitId: string }> }) {
  const actor = await requirePermission("unit", "manage");
  const unit = await orNotFound(getUnitForEdit(actor, (await params).unitId));
  return (
    <div>
      <PageHeader title={`新增职位：${unit.name}`} />
      <PostForm
        initial={{
          unitId: unit.id,
          title: "",
          rank: "",
          isPrincipal: false,
          isPartyGovHead: false,
          isLeadership: true,
          isKeyPost: false,
          sortOrder: 0,
        }}
      />
    </div>
  );
}
