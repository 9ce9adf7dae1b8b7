// Stage groups of a nomination, shared by the server layer and the pages.
import type { NominationStage } from "@/lib/domain/enums";

/** ZZ15-PROCESS order (lib/rules procedureOf gives the profile's own). */
export const PROCEDURE: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
  "APPOINTED",
];

export const OPEN_STAGES: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
];

export function isOpen(stage: NominationStage): boolean {
  return OPEN_STAGES.includes(stage);
}
