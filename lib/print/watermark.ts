// The watermark every exported file and printed page carries: who exported or printed it, and
// when (China time, to the minute), as government systems mark documents that leave them. One
// text for the xlsx header/footer, the LRMX comment and the print views' overlay and footer.
// Pure: the print views (server components) and lib/server both build it.

export interface WatermarkPerson {
  displayName: string;
  username: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 2026-12-06 14:05 in China time (UTC+8, no daylight saving), whatever the server's zone. */
export function chinaMinute(now: Date): string {
  const s = new Date(now.getTime() + 8 * 3600_000);
  return `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
}

/** 「张三（orgstaff） 2026-12-06 14:05」 */
export function watermarkText(person: WatermarkPerson, now: Date): string {
  return `${person.displayName}（${person.username}） ${chinaMinute(now)}`;
}

/** The line on a file: 「苗圃 导出：张三（orgstaff） 2026-12-06 14:05」 (or 打印). */
export function watermarkLine(person: WatermarkPerson, now: Date, verb: "导出" | "打印" = "导出"): string {
  return `苗圃 ${verb}：${watermarkText(person, now)}`;
}
