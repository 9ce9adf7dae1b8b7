import "server-only";
// How refusedRead tells "no such record" from "a record you may not see": the record's cadre
// (recusal applies to reads through cadreScope), or null when there is no such record at all.
// Only for the auditor's reason column; the user's answer is the same either way.
import { prisma } from "@/lib/server/db";

export type ReadObjectType =
  | "Cadre"
  | "Nomination"
  | "PoolEntry"
  | "Unit"
  | "Post"
  | "Appointment"
  | "PolicyProfile"
  | "Talk"
  | "DevelopmentPlan"
  | "Mentorship"
  | "Practice"
  | "Meeting"
  | "StaffingPlan";

type Found = { cadreId: string | null } | null;

const noCadre = (r: object | null): Found => r && { cadreId: null };

export const READ_LOOKUP: Record<ReadObjectType, (id: string) => Promise<Found>> = {
  Cadre: (id) => prisma.cadre.findUnique({ where: { id }, select: { id: true } }).then((r) => r && { cadreId: r.id }),
  Nomination: (id) => prisma.nomination.findUnique({ where: { id }, select: { cadreId: true } }),
  PoolEntry: (id) => prisma.poolEntry.findUnique({ where: { id }, select: { cadreId: true } }),
  Unit: (id) => prisma.unit.findUnique({ where: { id }, select: { id: true } }).then(noCadre),
  // An archived (撤销) post is gone for every reader, as a nonexistent one is.
  Post: (id) => prisma.post.findFirst({ where: { id, archivedAt: null }, select: { id: true } }).then(noCadre),
  // Managing appointments is scoped by unit only (unitScope), never by recusal.
  Appointment: (id) => prisma.appointment.findUnique({ where: { id }, select: { id: true } }).then(noCadre),
  // Policy is not scoped: any refusal that reaches here is a nonexistent version.
  PolicyProfile: (id) => prisma.policyProfile.findUnique({ where: { id }, select: { id: true } }).then(noCadre),
  Meeting: (id) => prisma.meeting.findUnique({ where: { id }, select: { id: true } }).then(noCadre),
  StaffingPlan: (id) => prisma.staffingPlan.findUnique({ where: { id }, select: { id: true } }).then(noCadre),
  Talk: (id) => prisma.talk.findUnique({ where: { id }, select: { cadreId: true } }),
  DevelopmentPlan: (id) => prisma.developmentPlan.findUnique({ where: { id }, select: { cadreId: true } }),
  Mentorship: (id) =>
    prisma.mentorship
      .findUnique({ where: { id }, select: { menteeId: true } })
      .then((r) => r && { cadreId: r.menteeId }),
  Practice: (id) => prisma.practice.findUnique({ where: { id }, select: { cadreId: true } }),
};
