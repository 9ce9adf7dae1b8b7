import "server-only";
// The cadres a roster batch action is for (issue 24 item 4): the rows ticked on the roster
// (`q.ids`), or every cadre that matches its filters. Either way the server runs the roster's own
// statement again — the actor's scope AND the filters AND the ticked ids — so an id outside the
// actor's scope or the filter is simply not found, and the order is the one on screen. Capped per
// action, with the cap in the message.
import type { Actor } from "@/lib/auth/actor";
import type { Action, Resource } from "@/lib/authz/permissions";
import { UserFacingError } from "@/lib/errors/user-facing";
import { assertCan } from "@/lib/server/authz/scope";
import type { RosterQuery } from "@/lib/validation/roster-query";
import { rosterAsOf } from "./roster";
import { rosterRecords } from "./roster-page";

export interface SelectedCadre {
  id: string;
  name: string;
  unit: string;
}

export interface RosterSelection {
  cadres: SelectedCadre[];
  /** ticked ids the statement did not return (another unit's, recused, archived, filtered out) */
  notFound: number;
}

export async function rosterSelection(
  actor: Actor,
  q: RosterQuery,
  opts: { all: boolean; cap: number; what: string; permission: [Resource, Action] },
): Promise<RosterSelection> {
  assertCan(actor, ...opts.permission);
  if (!opts.all && !q.ids.length) throw new UserFacingError("请先勾选干部，或选中全部符合条件的干部");
  if (!opts.all && q.ids.length > opts.cap)
    throw new UserFacingError(`已勾选 ${q.ids.length} 人，一次最多${opts.what} ${opts.cap} 人，请分批办理`);
  const query = { ...q, ids: opts.all ? [] : q.ids, cols: [] };
  const rows = await rosterRecords(actor, query, rosterAsOf(q), 0, opts.cap + 1);
  if (rows.length > opts.cap)
    throw new UserFacingError(
      `符合条件的干部多于 ${opts.cap} 人，一次最多${opts.what} ${opts.cap} 人，请缩小筛选范围或勾选后分批办理`,
    );
  if (!rows.length) throw new UserFacingError("所选干部均不在当前范围内，未办理");
  return {
    cadres: rows.map((r) => ({ id: r.id, name: r.name, unit: r.unit?.name ?? "" })),
    notFound: opts.all ? 0 : new Set(q.ids).size - rows.length,
  };
}
