// How wide text is on the printed 任免审批表, in em of the form's font (Noto Sans CJK SC at
// 10.5pt), and where it wraps. The form lays out its own lines (each printed without
// wrapping), so the pages are decided here, before any browser: the line counts are exact and
// the pagination is a pure function the tests can pin. The widths are deliberately generous
// (Latin and digits at 0.6 em, capitals at 0.8 em, everything else a full em), so a line never
// runs wider in the browser than estimated here. Pure.

/** Width of one character in em. */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return /[A-Z@%&MW]/.test(ch) ? 0.8 : 0.6;
  // half-width forms (ｱ…) are rare in a cadre's file; treat them as full width to stay safe
  return 1;
}

export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += charEm(ch);
  return w;
}

/** Closing punctuation never starts a line (避头): it stays with the character before it. */
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)\]％%]$/;
/** A run of Latin letters or digits wraps as a whole when it is short enough. */
const WORD_CHAR = /[A-Za-z0-9.\-/]/;
const MAX_WORD_EM = 8;

/**
 * Splits `text` into lines of at most `maxEm` (explicit line breaks kept). Empty text is no
 * lines. A line may exceed `maxEm` only by one closing punctuation mark kept with its word.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    const chars = [...para.trim()];
    if (!chars.length) continue;
    let line = "";
    let width = 0;
    let i = 0;
    while (i < chars.length) {
      // the next unit: one character, or a short Latin/number run taken whole
      let unit = chars[i];
      if (WORD_CHAR.test(unit)) {
        let j = i + 1;
        while (j < chars.length && WORD_CHAR.test(chars[j])) j++;
        const run = chars.slice(i, j).join("");
        if (textEm(run) <= MAX_WORD_EM) unit = run;
      }
      const w = textEm(unit);
      if (width + w > maxEm && line && !NO_LINE_START.test(unit)) {
        out.push(line);
        line = "";
        width = 0;
      }
      line += unit;
      width += w;
      i += [...unit].length;
    }
    if (line) out.push(line);
  }
  return out;
}
