import "server-only";
// The audit page's 涉及对象 filter: a name (张三, zhangsan, 城关街道) → the ids of the cadres,
// accounts and units so named, and of every record that belongs to those cadres (任职、家庭成员、
// 入库…), so the auditor sees everything done to a person without knowing any id.
import { readRows } from "@/lib/server/db-read";
import { likeLiteral } from "@/lib/server/search/escape-like";
import { CADRE_OWNED } from "./object-names";

/** More would make the query a scan of the log anyway; the page says to narrow the name. */
export const OBJECT_NAME_ID_LIMIT = 5000;

export async function idsNamed(text: string): Promise<string[]> {
  const pattern = `%${likeLiteral(text)}%`;
  const [cadres, others] = await Promise.all([
    readRows<[string]>(`select id from "Cadre" where name ilike $1 limit 200`, [pattern]),
    readRows<[string]>(
      `select id from "User" where username ilike $1 or "displayName" ilike $1
       union all select id from "Unit" where name ilike $1 limit 400`,
      [pattern],
    ),
  ]);
  const cadreIds = cadres.map(([id]) => id);
  const owned = cadreIds.length
    ? await readRows<[string]>(
        Object.entries(CADRE_OWNED)
          .map(([table, column]) => `select id from "${table}" where ${column} = any($1)`)
          .join(" union all ") + ` limit ${OBJECT_NAME_ID_LIMIT}`,
        [cadreIds],
      )
    : [];
  return [...cadreIds, ...others.map(([id]) => id), ...owned.map(([id]) => id)];
}
