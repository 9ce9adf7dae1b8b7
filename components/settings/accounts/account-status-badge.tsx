import { Badge } from "@/components/ui/badge";

/** One status per account, in order of what matters most to the administrator. */
export function AccountStatusBadge({ a }: { a: { disabled: boolean; locked: boolean; mustChangePassword: boolean } }) {
  if (a.disabled) return <Badge tone="bad">已停用</Badge>;
  if (a.locked) return <Badge tone="warn">已锁定</Badge>;
  if (a.mustChangePassword) return <Badge tone="info">待改密码</Badge>;
  return <Badge tone="ok">正常</Badge>;
}
