// `npm run admin:create -- --username sysadmin --security-username secadmin`: the first
// 系统管理员 and the first 安全管理员 of a new installation (docs/deployment.md §7). Each gets a
// one-time password printed once (valid 72 hours, changed at the first sign-in); neither gets a
// TOTP secret: each holder binds their own authenticator at the first sign-in. Runs with the
// application's environment (DATABASE_URL, MIAOPU_ENCRYPTION_KEY). Started with the
// react-server condition so the server modules it reuses load outside Next.js.
import { prisma } from "../server/db";
import { createAdminCommand } from "./create-admin-command";

async function main() {
  const status = await createAdminCommand(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
  await prisma.$disconnect();
  process.exit(status);
}

void main();
