// What counts as a clear message for a user while something is down: Chinese text, and no
// sign of an internal error (stack frames, driver or SQL text, the database's address).
export interface Seen {
  what: string;
  text: string;
}

export const LEAK = /\bat \S+:\d+|Error:|Invalid `|prisma|ECONNREFUSED|127\.0\.0\.1:\d+|SELECT |Can't reach|stack/i;

export function isClearChinese(s: Seen): boolean {
  return /[\u4e00-\u9fff]{4,}/.test(s.text) && !LEAK.test(s.text);
}
