import { Badge } from "@/components/ui/badge";

/** One status per account, in order of what matters most to the administrator. */
export function AccountStatusBadge({
  a,
}: {
  a: {
    disabled: boolean;
    expired: boolean;
    locked: boolean;
    mustChangePassword: boolean;
    oneTimePasswordExpired: boolean;
    role: string | null;
  };
}) {
  if (a.disabled) return <Badge tone="bad">已停用</Badge>;
  if (a.expired) return <Badge tone="bad">已到期</Badge>;
  if (a.locked) return <Badge tone="warn">已锁定</Badge>;
  if (a.oneTimePasswordExpired) return <Badge tone="warn">初始密码已失效</Badge>;
  if (!a.role) return <Badge tone="info">待授权</Badge>;
  if (a.mustChangePassword) return <Badge tone="info">待改密码</Badge>;
  return <Badge tone="ok">正常</Badge>;
}
