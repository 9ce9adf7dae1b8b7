// 简历 (the career block of a 任免审批表): one entry a line, `2008.09--2012.07  安徽大学法学专业学习`.
// Writers differ: the range separator may be `--`, `—`, `——`, `－`, `～`, `~`, `至`; an open
// end is blank or `至今`; dates may be `2008.09`, `200809` or `2008年09月`; a long entry may
// wrap onto the next line; "（其间：…）" sub-entries stand on their own line under the entry
// they belong to. Pure.
import { digitsToHalfWidth, type LooseDate } from "./loose-date";

export interface ResumeLine {
  /** `YYYY-MM` */
  start: LooseDate;
  /** `YYYY-MM`; null while the entry is still open (the current post) */
  end: LooseDate | null;
  text: string;
  /** the "（其间：…）" sub-entries, without the wrapper */
  notes: string[];
}

export interface ParsedResume {
  lines: ResumeLine[];
  /** text that could not be placed (e.g. before the first dated line), kept for a warning */
  unplaced: string[];
}

const DATE = String.raw`(\d{4})\s*(?:[.\-/年]\s*(\d{1,2})\s*月?|(\d{2}))?`;
const SEP = String.raw`(?:-{1,2}|—{1,2}|–|―|~{1,2}|至)`;
const END = String.raw`(?:${DATE}|至今|今|现在)?`;
const LINE = new RegExp(String.raw`^${DATE}\s*${SEP}\s*${END}\s*(.*)$`);
const NOTE = /^[（(]\s*其间\s*[:：]?\s*(.*?)\s*[）)]?$/;

function ym(year: string, month: string | undefined, compact: string | undefined): LooseDate | null {
  const m = Number(month ?? compact ?? "1");
  if (m < 1 || m > 12) return null;
  return `${year}-${String(m).padStart(2, "0")}`;
}

export function parseResume(text: string | null | undefined): ParsedResume {
  const out: ParsedResume = { lines: [], unplaced: [] };
  const raw = (text ?? "").split(/\r\n|\r|\n/);
  for (const original of raw) {
    const line = digitsToHalfWidth(original)
      .replace(/\u3000/g, " ")
      .trim();
    if (!line) continue;
    const note = NOTE.exec(line);
    const last = out.lines.at(-1);
    if (note) {
      if (last) last.notes.push(note[1]);
      else out.unplaced.push(line);
      continue;
    }
    const m = LINE.exec(line);
    const start = m ? ym(m[1], m[2], m[3]) : null;
    if (m && start) {
      const end = m[4] ? ym(m[4], m[5], m[6]) : null;
      out.lines.push({ start, end, text: m[7].trim(), notes: [] });
      continue;
    }
    // A line without a leading date continues the entry above (editors wrap long entries).
    if (last) {
      if (last.notes.length) last.notes[last.notes.length - 1] += line;
      else last.text += line;
    } else {
      out.unplaced.push(line);
    }
  }
  return out;
}

const dotted = (d: LooseDate) => d.slice(0, 7).replace("-", ".");

/**
 * The 简历 text: `YYYY.MM--YYYY.MM  经历`, an open end as blanks of the same width, and
 * sub-entries on their own line, indented under the entry's text.
 */
export function formatResume(lines: readonly ResumeLine[]): string {
  const indent = " ".repeat(18);
  const out: string[] = [];
  for (const l of lines) {
    const range = `${dotted(l.start)}--${l.end ? dotted(l.end) : " ".repeat(7)}`;
    out.push(`${range}  ${l.text}`);
    for (const n of l.notes) out.push(`${indent}（其间：${n}）`);
  }
  return out.join("\n");
}

/** Lines in date order (start, then open entries last), duplicates (same start and text) dropped. */
export function mergeResumeLines(...lists: ReadonlyArray<readonly ResumeLine[]>): ResumeLine[] {
  const seen = new Set<string>();
  const all: ResumeLine[] = [];
  for (const list of lists) {
    for (const l of list) {
      const key = `${l.start}|${l.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(l);
    }
  }
  return all.sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? "9999").localeCompare(b.end ?? "9999"));
}
