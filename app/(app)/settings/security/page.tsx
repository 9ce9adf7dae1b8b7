import { SecuritySettingsForm } from "@/components/settings/security/security-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/permissions";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getSecuritySettings } from "@/lib/server/settings/security-settings";

export const metadata = { title: "安全策略" };

export default async function SecuritySettingsPage() {
  const actor = await requirePermission("securitySettings", "read");
  const s = await getSecuritySettings();
  const values = {
    totpForReaders: s.totpForReaders,
    inactiveDisableDays: s.inactiveDisableDays,
    passwordMaxAgeDays: s.passwordMaxAgeDays,
    version: s.version,
  };
  return (
    <div>
      <PageHeader
        title="安全策略"
        description="动态口令适用范围、长期未使用账号自动停用、密码有效期。修改记入审计日志。"
      />
      <Card>
        <SecuritySettingsForm values={values} readOnly={!can(actor.role, "securitySettings", "update")} />
      </Card>
    </div>
  );
}
