// The front of the 任免审批表: the heights of its rows (from the lines each cell wraps into)
// and how many 简历 entries fit in what is left; the rest continue on the 续页. Pure.
import type { FormContent, ResumeItem } from "./content";
import {
  cellEm,
  FOOTER_MM,
  FRONT,
  LINE_MM,
  PAD_V_MM,
  PAGE_H_MM,
  RESUME_TEXT_EM,
  rowMm,
  WIDE_TEXT_EM,
} from "./geometry";
import { wrapText } from "./metrics";

/** A 简历 entry as printed: its period beside the first line, the other lines under the text. */
export interface ResumeEntryLayout {
  period: string;
  lines: string[];
}

export interface FrontLayout {
  basicRowsMm: number[];
  educationRowsMm: number[];
  currentPost: string[];
  proposedPost: string[];
  proposedRemoval: string[];
  postRowsMm: [number, number, number];
  resumeMm: number;
  resume: ResumeEntryLayout[];
  /** entries that did not fit (printed on the 续页) */
  rest: ResumeEntryLayout[];
}

export function resumeEntry(item: ResumeItem): ResumeEntryLayout {
  const lines = [
    ...wrapText(item.text, RESUME_TEXT_EM),
    ...item.notes.flatMap((n) => wrapText(`（其间：${n}）`, RESUME_TEXT_EM)),
  ];
  return { period: item.period, lines: lines.length ? lines : [""] };
}

/** How many lines the front's 简历 cell holds when its cell is `heightMm` tall. */
export function resumeCapacity(heightMm: number): number {
  return Math.floor((heightMm - PAD_V_MM) / LINE_MM);
}

function rowHeights(rows: { value: string; widthMm: number }[][], minMm: number): number[] {
  return rows.map((cells) =>
    rowMm(Math.max(1, ...cells.map((c) => wrapText(c.value, cellEm(c.widthMm)).length)), minMm),
  );
}

export function layoutFront(c: FormContent): FrontLayout {
  const basicRowsMm = rowHeights(c.basicCells, FRONT.basicRowMinMm);
  const educationRowsMm = rowHeights(c.educationCells, FRONT.educationRowMinMm);
  const currentPost = wrapText(c.currentPost, WIDE_TEXT_EM);
  const proposedPost = wrapText(c.proposedPost, WIDE_TEXT_EM);
  const proposedRemoval = wrapText(c.proposedRemoval, WIDE_TEXT_EM);
  const postRowsMm = [currentPost, proposedPost, proposedRemoval].map((l) =>
    rowMm(Math.max(1, l.length), FRONT.postRowMinMm),
  ) as [number, number, number];
  const used = [...basicRowsMm, ...educationRowsMm, ...postRowsMm].reduce((a, b) => a + b, 0);
  const resumeMm = Math.round((PAGE_H_MM - FOOTER_MM - FRONT.titleMm - FRONT.slackMm - used) * 10) / 10;
  const entries = c.resume.map(resumeEntry);
  const capacity = resumeCapacity(resumeMm);
  const all = entries.reduce((n, e) => n + e.lines.length, 0);
  // entries stay whole: the first that does not fit, and all after it, go to the 续页, and the
  // cell's last line then says 「（下转续页）」
  let room = all <= capacity ? capacity : capacity - 1;
  const resume: ResumeEntryLayout[] = [];
  let i = 0;
  while (i < entries.length && entries[i].lines.length <= room) {
    room -= entries[i].lines.length;
    resume.push(entries[i++]);
  }
  return {
    basicRowsMm,
    educationRowsMm,
    currentPost,
    proposedPost,
    proposedRemoval,
    postRowsMm,
    resumeMm,
    resume,
    rest: entries.slice(i),
  };
}
