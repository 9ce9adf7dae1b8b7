// Prints the demo accounts (DEMO ONLY; see tests/factories/demo-accounts.ts) if the database has them.
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../tests/factories/demo-accounts";

export async function printDemoAccounts(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ username: string }>('select username from "User" where "isDemo"');
    const present = new Set(r.rows.map((x) => x.username));
    const accounts = DEMO_ACCOUNTS.filter((a) => present.has(a.username));
    if (!accounts.length) return;
    console.log(`演示账号 / demo accounts (仅供演示 — DEMO ONLY)，密码均为 / password: ${DEMO_PASSWORD}`);
    for (const a of accounts) {
      const totp = a.totpSecret ? `  动态口令密钥 TOTP secret: ${a.totpSecret}` : "";
      console.log(`  ${a.username.padEnd(9)} ${a.role.padEnd(14)} ${a.displayName}${totp}`);
    }
    console.log(
      "  （登录均须输入动态口令：将密钥添加到验证器 App，或运行 npm run totp -- <用户名>。三员分立：" +
        "sysadmin 创建账号、重置密码，secadmin 授予角色与密级，auditor 查看审计日志）\n",
    );
  } finally {
    await client.end();
  }
}
