// The 续页 (continuation sheet): what did not fit on the front and back — the rest of the
// 简历, of 奖惩情况 and 任免理由, and the family members beyond the back's rows — at the same
// size as on the form, page after page (each titled, with the cadre's name). Pure.
import type { ResumeEntryLayout } from "./front";
import type { FamilyRowLayout } from "./back";
import { BACK, CONTINUATION, FOOTER_MM, LINE_MM, PAGE_H_MM, PAD_V_MM } from "./geometry";

export type ContinuationBlock =
  | { kind: "heading"; text: string }
  | { kind: "resume"; entry: ResumeEntryLayout }
  | { kind: "text"; lines: string[] }
  | { kind: "familyHeader" }
  | { kind: "family"; row: FamilyRowLayout };

export interface ContinuationSources {
  resume: ResumeEntryLayout[];
  rewards: string[];
  reason: string[];
  family: FamilyRowLayout[];
}

/** The body of one 续页 page: the page less its title, the name line and the footer. */
export const CONTINUATION_BODY_MM = PAGE_H_MM - FOOTER_MM - CONTINUATION.titleMm - CONTINUATION.nameLineMm;
/** the tallest block kept whole: a page less a heading and a table header */
const MAX_BLOCK_MM = CONTINUATION_BODY_MM - CONTINUATION.headingMm - BACK.familyHeaderMm;

export function blockMm(b: ContinuationBlock): number {
  switch (b.kind) {
    case "heading":
      return CONTINUATION.headingMm;
    case "resume":
      return b.entry.lines.length * LINE_MM;
    case "text":
      return b.lines.length * LINE_MM + PAD_V_MM;
    case "familyHeader":
      return BACK.familyHeaderMm;
    case "family":
      return b.row.heightMm;
  }
}

/** The blocks in print order; a heading is printed again (「（续）」) atop a page it continues on. */
function blocksOf(s: ContinuationSources): ContinuationBlock[][] {
  const sections: ContinuationBlock[][] = [];
  if (s.resume.length)
    sections.push([
      { kind: "heading", text: "简历（续）" },
      ...s.resume.map((entry) => ({ kind: "resume" as const, entry })),
    ]);
  if (s.rewards.length)
    sections.push([
      { kind: "heading", text: "奖惩情况（续）" },
      { kind: "text", lines: s.rewards },
    ]);
  if (s.reason.length)
    sections.push([
      { kind: "heading", text: "任免理由（续）" },
      { kind: "text", lines: s.reason },
    ]);
  if (s.family.length)
    sections.push([
      { kind: "heading", text: "家庭主要成员及重要社会关系（续）" },
      { kind: "familyHeader" },
      ...s.family.map((row) => ({ kind: "family" as const, row })),
    ]);
  return sections;
}

/** Lines of a block that is taller than a whole page, cut into pieces that fit. */
function split(b: ContinuationBlock, room: number): ContinuationBlock[] {
  if (b.kind === "resume") {
    const per = Math.max(1, Math.floor(room / LINE_MM));
    const out: ContinuationBlock[] = [];
    for (let i = 0; i < b.entry.lines.length; i += per)
      out.push({ kind: "resume", entry: { period: i ? "" : b.entry.period, lines: b.entry.lines.slice(i, i + per) } });
    return out;
  }
  if (b.kind === "text") {
    const per = Math.max(1, Math.floor((room - PAD_V_MM) / LINE_MM));
    const out: ContinuationBlock[] = [];
    for (let i = 0; i < b.lines.length; i += per) out.push({ kind: "text", lines: b.lines.slice(i, i + per) });
    return out;
  }
  return [b];
}

export function paginateContinuation(s: ContinuationSources): ContinuationBlock[][] {
  const pages: ContinuationBlock[][] = [];
  let page: ContinuationBlock[] = [];
  let room = CONTINUATION_BODY_MM;
  const newPage = () => {
    if (page.length) pages.push(page);
    page = [];
    room = CONTINUATION_BODY_MM;
  };
  for (const section of blocksOf(s)) {
    const [heading, ...body] = section;
    // a heading never ends a page alone: it moves with the first block under it
    const firstMm = body.length ? blockMm(body[0]) + (body[0].kind === "familyHeader" ? blockMm(body[1]) : 0) : 0;
    if (blockMm(heading) + Math.min(firstMm, CONTINUATION_BODY_MM / 2) > room) newPage();
    page.push(heading);
    room -= blockMm(heading);
    const pieces = body.flatMap((b) => (blockMm(b) > MAX_BLOCK_MM ? split(b, MAX_BLOCK_MM) : [b]));
    for (const b of pieces) {
      if (blockMm(b) > room) {
        newPage();
        page.push(heading);
        room -= blockMm(heading);
        if (b.kind === "family") {
          page.push({ kind: "familyHeader" });
          room -= BACK.familyHeaderMm;
        }
      }
      page.push(b);
      room -= blockMm(b);
    }
  }
  newPage();
  return pages;
}
