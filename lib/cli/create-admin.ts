// `npm run admin:create -- --username sysadmin --name "系统管理员"`: the first system
// administrator of a new installation (docs/deployment.md §7). Runs with the application's
// environment (DATABASE_URL, MIAOPU_ENCRYPTION_KEY). Started with the react-server condition
// so the server modules it reuses (audit writer, password hashing) load outside Next.js.
import os from "node:os";
import { bootstrapAdmin } from "../server/accounts/bootstrap-admin";
import { prisma } from "../server/db";
import { fail } from "./run";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const username = option(args, "--username");
  const displayName = option(args, "--name") ?? "系统管理员";
  if (!username) fail('用法 / usage: npm run admin:create -- --username <用户名> [--name "系统管理员"]');
  if (!process.env.DATABASE_URL) fail("需要 DATABASE_URL（应用的数据库连接）/ DATABASE_URL is required");
  try {
    const a = await bootstrapAdmin({ username, displayName }, `cli:${os.hostname()}`.slice(0, 64));
    console.log(`✓ 已创建系统管理员 / system administrator created: ${a.username}`);
    console.log(`  一次性密码 / one-time password:  ${a.oneTimePassword}   （首次登录后须修改）`);
    console.log(`  动态口令密钥 / TOTP secret:       ${a.totpSecret}`);
    console.log(`  验证器链接 / authenticator URI:   ${a.totpUri}`);
    console.log("  以上信息只显示这一次；请当面交给系统管理员本人，不要存档。");
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    fail(issues ? issues.map((i) => i.message).join("；") : e instanceof Error ? e.message : String(e));
  } finally {
    await prisma.$disconnect();
  }
}

void main();
