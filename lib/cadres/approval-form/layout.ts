// The printed 任免审批表 of one cadre: front, back and as many 续页 pages as the rest needs.
// Nothing shrinks and nothing is dropped: what does not fit continues on the 续页. Pure.
import type { FormContent } from "./content";
import { layoutBack, type BackLayout } from "./back";
import { paginateContinuation, type ContinuationBlock } from "./continuation";
import { layoutFront, type FrontLayout } from "./front";

export interface FormLayout {
  front: FrontLayout;
  back: BackLayout;
  continuation: ContinuationBlock[][];
}

export function layoutForm(c: FormContent): FormLayout {
  const front = layoutFront(c);
  const back = layoutBack(c);
  const continuation = paginateContinuation({
    resume: front.rest,
    rewards: back.rewards?.rest ?? [],
    reason: back.reason.rest,
    family: back.familyRest,
  });
  return { front, back, continuation };
}

export type { FormContent, FamilyItem, ResumeItem } from "./content";
export type { ContinuationBlock } from "./continuation";
export type { FrontLayout, ResumeEntryLayout } from "./front";
export type { BackLayout, FamilyRowLayout, TextCell } from "./back";
