// A unit with two nominated cadres, an organization-department user, and helpers to set up a
// session, issue its codes and cast ballots at fixed moments (China time).
import type { VoterCategory, VotingKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { castBallot, createVotingSession, issueCodes, type IssuedCode } from "@/lib/server/voting";
import type { Marks } from "@/lib/voting/choices";
import { createSessionSchema } from "@/lib/validation/voting";
import { nominationWorld, submitted } from "../nominations/world";

/** 2026-12-01 08:00 China time: before the window below; codes are issued and slips printed then. */
export const BEFORE = new Date("2026-12-01T08:00:00+08:00");
/** 2026-12-01 10:00 China time: inside every session's window below. */
export const DURING = new Date("2026-12-01T10:00:00+08:00");
export const AFTER = new Date("2026-12-01T12:30:00+08:00");
export const IP = "198.51.100.7";

export async function votingWorld() {
  const w = await nominationWorld();
  const a = await submitted(w, "甲同志");
  const b = await submitted(w, "乙同志");
  return { ...w, nominationA: a.id, nominationB: b.id, cadreA: a.cadre.id };
}

export async function session(
  org: Actor,
  unitId: string,
  nominationIds: string[],
  over: { kind?: VotingKind; team?: number; middle?: number; other?: number } = {},
) {
  const input = createSessionSchema.parse({
    title: "测试推荐",
    kind: over.kind ?? "MEETING_RECOMMENDATION",
    unitId,
    postTitle: "副主任",
    maxChoices: "1",
    opensAt: "2026-12-01T09:00",
    closesAt: "2026-12-01T12:00",
    votersTeam: String(over.team ?? 3),
    votersMiddle: String(over.middle ?? 0),
    votersOther: String(over.other ?? 0),
    nominationIds,
    includeTeam: false,
  });
  const { id } = await createVotingSession(org, input, BEFORE);
  const codes = await issueCodes(org, id, BEFORE);
  return { id, codes };
}

export function codesOf(codes: IssuedCode[], category: VoterCategory): string[] {
  return codes.filter((c) => c.category === category).map((c) => c.code);
}

export function cast(code: string, category: VoterCategory, marks: Marks, now = DURING) {
  return castBallot({ code, category, marks }, { now, ip: IP });
}
