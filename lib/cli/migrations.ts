// `tsx lib/cli/migrations.ts check` (part of `npm run lint`): refuses an edited, renamed or
// unsigned migration folder. `npm run migrations:sign`: signs the new folders (appends them).
import { checkMigrations, signNewMigrations } from "../database/migration-manifest";
import { MIGRATIONS_DIR } from "../database/migration-state";

const command = process.argv[2];
if (command === "sign") {
  const added = signNewMigrations(MIGRATIONS_DIR);
  console.log(added.length ? `signed: ${added.join(", ")}` : "no new migration folders");
} else if (command === "check") {
  const problems = checkMigrations(MIGRATIONS_DIR);
  for (const p of problems) console.error(`prisma/migrations/${p}`);
  if (problems.length) process.exit(1);
} else {
  console.error("usage: tsx lib/cli/migrations.ts check|sign");
  process.exit(2);
}
