// `npm run admin:create -- --username sysadmin --security-username secadmin`: the first
// 系统管理员 and the first 安全管理员 of a new installation (docs/deployment.md §7). Each gets a
// one-time password printed once (valid 72 hours, changed at the first sign-in); neither gets a
// TOTP secret: each holder binds their own authenticator at the first sign-in. Runs with the
// application's environment (DATABASE_URL, MIAOPU_ENCRYPTION_KEY). Started with the
// react-server condition so the server modules it reuses load outside Next.js.
import os from "node:os";
import { formatDateTime } from "../format/dates";
import { roleLabel } from "../labels";
import { bootstrapAdmins } from "../server/accounts/bootstrap-admin";
import { prisma } from "../server/db";
import { fail } from "./run";

const USAGE =
  "用法 / usage: npm run admin:create -- --username <系统管理员用户名> --security-username <安全管理员用户名>" +
  ' [--name "系统管理员"] [--security-name "安全管理员"]\n' +
  "  （已有系统管理员、尚无安全管理员的旧安装：只给 --security-username）";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const username = option(args, "--username");
  const securityUsername = option(args, "--security-username");
  if (!securityUsername) fail(USAGE);
  if (!process.env.DATABASE_URL) fail("需要 DATABASE_URL（应用的数据库连接）/ DATABASE_URL is required");
  try {
    const created = await bootstrapAdmins(
      {
        sysAdmin: username ? { username, displayName: option(args, "--name") ?? "系统管理员" } : undefined,
        securityAdmin: { username: securityUsername, displayName: option(args, "--security-name") ?? "安全管理员" },
      },
      `cli:${os.hostname()}`.slice(0, 64),
    );
    for (const a of created) {
      console.log(`✓ 已创建${roleLabel[a.role]} / ${a.role} created: ${a.username}`);
      console.log(`  一次性密码 / one-time password:  ${a.oneTimePassword}`);
      console.log(`  有效期至 / valid until:           ${formatDateTime(a.validUntil)}（72 小时内首次登录并修改）`);
    }
    console.log("  动态口令由本人在首次登录时绑定（扫码并保存恢复码），此处不生成、不显示密钥。");
    console.log("  以上密码只显示这一次；请分别当面交给本人，不要存档。");
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    fail(issues ? issues.map((i) => i.message).join("；") : e instanceof Error ? e.message : String(e));
  } finally {
    await prisma.$disconnect();
  }
}

void main();
