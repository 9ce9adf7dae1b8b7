// The 简历 lines an import brings against those stored, line by line: a line of the same start
// date whose period, text or sub-entries differ is "修改", a line only in the file "新增", a
// line only stored "删去" (the file's 简历 replaces the imported one). One report line each, so
// the user sees what changes instead of "19 条 → 19 条". Pure.
import { toDotted } from "@/lib/lrmx/loose-date";
import type { ResumeLine } from "@/lib/lrmx/resume";
import type { FieldChange } from "./report";

export function resumeLineText(l: ResumeLine): string {
  const notes = l.notes.map((n) => `（其间：${n}）`).join("");
  return `${toDotted(l.start)}--${l.end ? toDotted(l.end) : ""} ${l.text}${notes}`;
}

export function diffResumeLines(stored: readonly ResumeLine[], file: readonly ResumeLine[]): FieldChange[] {
  const same = (a: ResumeLine, b: ResumeLine) => resumeLineText(a) === resumeLineText(b);
  const left = stored.filter((s) => !file.some((f) => same(s, f)));
  const right = file.filter((f) => !stored.some((s) => same(s, f)));
  const changes: FieldChange[] = [];
  const paired = new Set<ResumeLine>();
  for (const f of right) {
    const s = left.find((x) => !paired.has(x) && (x.start === f.start || x.text === f.text));
    if (s) {
      paired.add(s);
      changes.push({ label: "简历（修改）", from: resumeLineText(s), to: resumeLineText(f) });
    } else changes.push({ label: "简历（新增）", from: "", to: resumeLineText(f) });
  }
  for (const s of left) if (!paired.has(s)) changes.push({ label: "简历（删去）", from: resumeLineText(s), to: "" });
  return changes;
}
