// Which nominations a meeting takes and where it moves them (ZZ15-PROCESS): a 酝酿 meeting takes
// nominations that were investigated (考察) and moves them to 酝酿; a 讨论决定 meeting takes
// deliberated ones and moves them to 讨论决定. Pure: pages and the server layer share it.
import type { MeetingPurpose, NominationStage } from "@/lib/domain/enums";

export const MEETING_STAGES: Record<MeetingPurpose, { from: NominationStage; to: "DELIBERATED" | "DECIDED" }> = {
  DELIBERATION: { from: "INVESTIGATED", to: "DELIBERATED" },
  DECISION: { from: "DELIBERATED", to: "DECIDED" },
};
