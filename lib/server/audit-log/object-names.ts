import "server-only";
// The names behind the ids of an audit page: each row's object (干部 张三, 账号 zhangsan, 单位
// 城关街道…) and the ids inside its changes (单位, 干部, 职位…), read in one query per kind for
// the whole page. Archived and closed records keep their names; a row whose object is gone
// (a dropped test database, a hand-deleted row) shows its id.
import { readRows } from "@/lib/server/db-read";

// Records that belong to one cadre: named "<cadre's name>" (the object type says what of theirs).
export const CADRE_OWNED: Record<string, string> = {
  Appointment: `"cadreId"`,
  RankRecord: `"cadreId"`,
  EducationRecord: `"cadreId"`,
  Assessment: `"cadreId"`,
  Sanction: `"cadreId"`,
  PersonalMattersReport: `"cadreId"`,
  FamilyMember: `"cadreId"`,
  PoolEntry: `"cadreId"`,
  Nomination: `"cadreId"`,
  TrainingAttendance: `"cadreId"`,
  Practice: `"cadreId"`,
  DevelopmentPlan: `"cadreId"`,
  Talk: `"cadreId"`,
  ApprovalForm: `"cadreId"`,
  Mentorship: `"menteeId"`,
};

// Fixed statements per kind (table names come from the lists here, never from the row).
function statement(type: string): string | null {
  const owner = CADRE_OWNED[type];
  if (owner) return `select t.id, c.name from "${type}" t join "Cadre" c on c.id = t.${owner} where t.id = any($1)`;
  switch (type) {
    case "Cadre":
      return `select id, name from "Cadre" where id = any($1)`;
    case "Unit":
      return `select id, name from "Unit" where id = any($1)`;
    case "User":
      return `select id, "displayName" || '（' || username || '）' from "User" where id = any($1)`;
    case "AuthSession":
      return `select s.id, u."displayName" || '（' || u.username || '）' from "AuthSession" s join "User" u on u.id = s."userId" where s.id = any($1)`;
    case "Post":
      return `select p.id, u.name || ' ' || p.title from "Post" p join "Unit" u on u.id = p."unitId" where p.id = any($1)`;
    case "Training":
      return `select id, name from "Training" where id = any($1)`;
    case "PoolReview":
      return `select r.id, c.name from "PoolReview" r join "PoolEntry" e on e.id = r."poolEntryId" join "Cadre" c on c.id = e."cadreId" where r.id = any($1)`;
    case "PolicyProfile":
      return `select id, name from "PolicyProfile" where id = any($1)`;
    default:
      return null;
  }
}

/** Which kind of record an id in a change names, by its field. */
export const ID_FIELD_KIND: Record<string, string> = {
  cadreId: "Cadre",
  relativeCadreId: "Cadre",
  supervisorCadreId: "Cadre",
  menteeId: "Cadre",
  mentorId: "Cadre",
  unitId: "Unit",
  parentId: "Unit",
  hostUnitId: "Unit",
  postId: "Post",
  userId: "User",
  nominationId: "Nomination",
  trainingId: "Training",
};

/** `${kind}:${id}` → name, for every (kind, id) asked. */
export async function namesOf(wanted: Map<string, Set<string>>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async ([kind, ids]) => {
      const sql = statement(kind);
      if (!sql || ids.size === 0) return;
      const rows = await readRows<[string, string]>(sql, [[...ids]]);
      for (const [id, name] of rows) names.set(`${kind}:${id}`, name);
    }),
  );
  return names;
}
