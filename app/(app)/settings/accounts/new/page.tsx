import { CreateAccountForm } from "@/components/settings/accounts/create-account-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitOptions } from "@/lib/server/accounts/list-accounts";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "新建账号" };

export default async function NewAccountPage() {
  const actor = await requirePermission("account", "manage");
  const units = await listUnitOptions(actor);
  return (
    <div>
      <PageHeader
        title="新建账号"
        description="系统管理员、组织部管理员和安全审计员账号须使用动态口令，创建后显示一次密钥。"
      />
      <Card>
        <CreateAccountForm units={units} />
      </Card>
    </div>
  );
}
