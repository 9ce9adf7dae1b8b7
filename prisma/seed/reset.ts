// --reset: empties every table the demo seed writes. TRUNCATE … CASCADE also empties tables
// that reference them — User (and its AuthSession rows) references Unit and Cadre — so demo
// accounts go too and must be created again; the audit log and calendar are kept.
import type { PrismaClient } from "../../lib/generated/prisma/client";

const TABLES = [
  "Unit",
  "Post",
  "Appointment",
  "Cadre",
  "RankRecord",
  "EducationRecord",
  "Assessment",
  "Sanction",
  "PersonalMattersReport",
  "FamilyMember",
  "PoolEntry",
  "PoolReview",
  "Nomination",
  "NominationEvent",
  "Training",
  "TrainingAttendance",
  "Practice",
  "Mentorship",
  "DevelopmentPlan",
  "DevelopmentPlanGoal",
  "Talk",
  "PolicyProfile",
];

export async function resetDomainTables(prisma: PrismaClient, log: (m: string) => void): Promise<void> {
  const users = await prisma.user.count();
  await prisma.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
  log(
    `已清空业务数据表 / domain tables emptied${users > 0 ? `（连带删除 ${users} 个用户账号 / ${users} user accounts removed with them）` : ""}`,
  );
}
