// The work of `npm run admin:create` (lib/cli/create-admin.ts) as a function of its arguments
// that returns the exit status and writes through `out`, so tests run it in-process on their
// own database instead of paying a child process per case.
import os from "node:os";
import { formatDateTime } from "../format/dates";
import { roleLabel } from "../labels";
import { bootstrapAdmins } from "../server/accounts/bootstrap-admin";

const USAGE =
  "用法 / usage: npm run admin:create -- --username <系统管理员用户名> --security-username <安全管理员用户名>" +
  ' [--name "系统管理员"] [--security-name "安全管理员"]\n' +
  "  （已有系统管理员、尚无安全管理员的旧安装：只给 --security-username）";

export interface CommandOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function createAdminCommand(args: string[], out: CommandOutput): Promise<0 | 1> {
  const fail = (message: string) => {
    out.error(`\n✗ ${message}\n`);
    return 1 as const;
  };
  const username = option(args, "--username");
  const securityUsername = option(args, "--security-username");
  if (!securityUsername) return fail(USAGE);
  if (!process.env.DATABASE_URL) return fail("需要 DATABASE_URL（应用的数据库连接）/ DATABASE_URL is required");
  try {
    const created = await bootstrapAdmins(
      {
        sysAdmin: username ? { username, displayName: option(args, "--name") ?? "系统管理员" } : undefined,
        securityAdmin: { username: securityUsername, displayName: option(args, "--security-name") ?? "安全管理员" },
      },
      `cli:${os.hostname()}`.slice(0, 64),
    );
    for (const a of created) {
      out.log(`✓ 已创建${roleLabel[a.role]} / ${a.role} created: ${a.username}`);
      out.log(`  一次性密码 / one-time password:  ${a.oneTimePassword}`);
      out.log(`  有效期至 / valid until:           ${formatDateTime(a.validUntil)}（72 小时内首次登录并修改）`);
    }
    out.log("  动态口令由本人在首次登录时绑定（扫码并保存恢复码），此处不生成、不显示密钥。");
    out.log("  以上密码只显示这一次；请分别当面交给本人，不要存档。");
    return 0;
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    return fail(issues ? issues.map((i) => i.message).join("；") : e instanceof Error ? e.message : String(e));
  }
}
