import "server-only";
// The row shapes the work list's people statements select (worklist-people.ts,
// worklist-appointments.ts): a cadre with their unit, and an appointment with its post.
import type { Gender, Rank } from "@/lib/rules";
import type { AppointmentRow, PersonRow } from "@/lib/worklist/people-items";
import { dayDate, dayNumber } from "@/lib/server/db-read";

export type PersonSql = [id: string, name: string, unit: string | null, gender: Gender, birth: number];
/** Cadre `c` and unit `u`. */
export const PERSON = `c.id, c.name, u.name, c.gender::text, ${dayNumber(`c."birthDate"`)}`;
export const person = (r: PersonSql): PersonRow => ({
  cadreId: r[0],
  name: r[1],
  unitName: r[2] ?? "",
  gender: r[3],
  birthDate: dayDate(r[4]),
});

export type ApptSql = [
  ...PersonSql,
  id: string,
  title: string,
  rank: Rank,
  key: boolean,
  start: number,
  prev: Rank | null,
];
/** PERSON, then appointment `a` and post `p` (the previous rank follows where read). */
export const APPT = `${PERSON}, a.id, p.title, p.rank::text, p."isKeyPost", ${dayNumber(`a."startDate"`)}`;
export const appointment = (r: ApptSql): AppointmentRow => ({
  ...person(r.slice(0, 5) as PersonSql),
  appointmentId: r[5],
  postTitle: r[6],
  rank: r[7],
  isKeyPost: r[8],
  startDate: dayDate(r[9]),
  previousRank: r[10],
});
