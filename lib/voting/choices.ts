// What a voter may mark beside each name, by session kind: 推荐/不推荐 on a recommendation,
// 优秀/称职/基本称职/不称职 on an evaluation. A name left unmarked is an abstention.
import type { RecommendationMethod, VotingKind } from "@/lib/domain/enums";

export const RECOMMENDATION_CHOICES = ["RECOMMEND", "NOT_RECOMMEND"] as const;
export const EVALUATION_CHOICES = ["EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"] as const;
export const BALLOT_CHOICES = [...RECOMMENDATION_CHOICES, ...EVALUATION_CHOICES] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

/** Evaluation grades that count towards 群众公认度 (称职以上). */
export const RECOGNITION_CHOICES: readonly BallotChoice[] = ["EXCELLENT", "COMPETENT"];

export function isRecommendation(kind: VotingKind): boolean {
  return kind === "MEETING_RECOMMENDATION" || kind === "TALK_RECOMMENDATION" || kind === "TALK_RECORD";
}

/** 个别谈话推荐 recorded by staff talk by talk: no codes, no slips, no voting page. */
export function isTalkRecord(kind: VotingKind): boolean {
  return kind === "TALK_RECORD";
}

export function choicesFor(kind: VotingKind): readonly BallotChoice[] {
  return isRecommendation(kind) ? RECOMMENDATION_CHOICES : EVALUATION_CHOICES;
}

/** The nomination's 推荐方式 a recommendation session records. */
export function methodFor(kind: VotingKind): RecommendationMethod | null {
  if (kind === "MEETING_RECOMMENDATION") return "MEETING";
  if (kind === "TALK_RECOMMENDATION" || kind === "TALK_RECORD") return "INDIVIDUAL_TALK";
  return null;
}

export type Marks = Record<string, BallotChoice>;

/** The marks with one name's choice set, or cleared (tapping the chosen option again). */
export function withMark(marks: Marks, id: string, choice: BallotChoice | undefined): Marks {
  const next = { ...marks };
  if (choice) next[id] = choice;
  else delete next[id];
  return next;
}

export type BallotCheck = { ok: true; valid: boolean } | { ok: false; message: string };

/**
 * Whether a ballot may be cast, and whether it counts as valid. Marks on names not on the
 * ballot or choices of the other kind are refused; more 推荐 than allowed is refused (the page
 * prevents it, so such a ballot is never stored). A ballot with no mark at all is cast but
 * invalid (空白票, 废票).
 */
export function checkBallot(
  kind: VotingKind,
  maxChoices: number,
  candidateIds: readonly string[],
  marks: Marks,
): BallotCheck {
  const allowed = choicesFor(kind);
  const names = new Set(candidateIds);
  for (const [id, choice] of Object.entries(marks)) {
    if (!names.has(id)) return { ok: false, message: "选票上没有该人选，请刷新页面后重新填写" };
    if (!allowed.includes(choice)) return { ok: false, message: "选项无效，请刷新页面后重新填写" };
  }
  const recommended = Object.values(marks).filter((c) => c === "RECOMMEND").length;
  if (recommended > maxChoices)
    return { ok: false, message: `最多可推荐 ${maxChoices} 人，您推荐了 ${recommended} 人` };
  return { ok: true, valid: Object.keys(marks).length > 0 };
}
