import "server-only";
// How many cadres the roster's filters match, counted up to a cap. An exact count of
// "everyone serving" reads ~90% of a 500,000-row table on every view; the page does not need it
// to show its 50 rows (roster-page.ts knows whether a next page exists), so the page is shown
// first and this count streams in after it (app/(app)/cadres/roster-count.tsx), exact up to
// ROSTER_COUNT_CAP and "超过 1 万人" beyond — the interface says which.
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/server/db-read";
import type { RosterQuery } from "@/lib/validation/roster-query";
import { Params, rosterWhereSql } from "./roster-sql";

export const ROSTER_COUNT_CAP = 10_000;

export interface RosterCount {
  /** exact when !capped; else the cap */
  count: number;
  capped: boolean;
}

export function rosterCountStatement(actor: Actor, q: RosterQuery, asOf: Date, cap: number) {
  const p = new Params();
  const where = rosterWhereSql(actor, q, asOf, p);
  const limit = Number.isFinite(cap) ? ` limit ${p.add(cap + 1)}` : "";
  return {
    text: `select count(*)::int from (select 1 from "Cadre" c where ${where.join(" and ")}${limit}) m`,
    values: p.values,
  };
}

export async function rosterCount(
  actor: Actor,
  q: RosterQuery,
  asOf: Date,
  cap = ROSTER_COUNT_CAP,
): Promise<RosterCount> {
  const s = rosterCountStatement(actor, q, asOf, cap);
  const [[n]] = await readRows<[number]>(s.text, s.values);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
