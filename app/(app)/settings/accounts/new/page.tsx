import { CreateAccountForm } from "@/components/settings/accounts/create-account-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "新建账号" };

export default async function NewAccountPage() {
  await requirePermission("account", "create");
  return (
    <div>
      <div className="no-print">
        <PageHeader
          title="新建账号"
          description="系统管理员只创建账号；角色、所属单位和密级由安全管理员授予，动态口令由本人首次登录时绑定。"
        />
      </div>
      <Card>
        <CreateAccountForm />
      </Card>
    </div>
  );
}
