import "server-only";
// Each candidate's packet for the meeting: the 考察材料 summary recorded at 考察 (the investigators,
// the findings and the evaluation of the INVESTIGATED event) and the latest annual assessments.
// The 任免审批表 itself prints from /cadres/print (linked beside the packet). Cadre data is
// read through cadreScope: a recused cadre's packet is not shown.
import type { Actor } from "@/lib/auth/actor";
import { assessmentGradeLabel } from "@/lib/labels";
import { stepData } from "@/lib/nominations/events";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export const PACKET_ASSESSMENT_YEARS = 3;

export interface CandidatePacket {
  nominationId: string;
  investigators: string;
  findings: string;
  evaluation: string;
  /** "2025年 优秀；2024年 称职；2023年 称职" (newest first), or "" */
  assessments: string;
}

const text = (v: unknown) => (Array.isArray(v) ? v.join("、") : typeof v === "string" ? v : "");

export async function loadPackets(actor: Actor, nominations: { id: string; cadreId: string }[]) {
  const cadreIds = nominations.map((n) => n.cadreId);
  const [events, assessments] = await Promise.all([
    prisma.nominationEvent.findMany({
      where: { nominationId: { in: nominations.map((n) => n.id) }, toStage: "INVESTIGATED" },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    }),
    prisma.assessment.findMany({
      where: { AND: [{ cadreId: { in: cadreIds } }, { cadre: cadreScope(actor, "read") }] },
      orderBy: [{ year: "desc" }],
      select: { cadreId: true, year: true, grade: true },
    }),
  ]);
  return new Map<string, CandidatePacket>(
    nominations.map((n) => {
      const d = stepData(
        events.filter((e) => e.nominationId === n.id),
        "INVESTIGATED",
      );
      const recent = assessments.filter((a) => a.cadreId === n.cadreId).slice(0, PACKET_ASSESSMENT_YEARS);
      return [
        n.id,
        {
          nominationId: n.id,
          investigators: text(d?.investigators),
          findings: text(d?.findings),
          evaluation: text(d?.evaluation),
          assessments: recent.map((a) => `${a.year}年 ${assessmentGradeLabel[a.grade]}`).join("；"),
        },
      ];
    }),
  );
}
