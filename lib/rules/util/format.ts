// Chinese number formatting shared by messages, so figures read the same everywhere.

/** 0.2 → "20%", 1/6 → "16.7%" */
export function percent(ratio: number): string {
  const p = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** 0.4 → "2/5", 1/3 → "1/3"; falls back to a percentage when no small fraction fits. */
export function fraction(ratio: number): string {
  if (ratio === 1) return "全部";
  for (let den = 2; den <= 12; den++) {
    const num = Math.round(ratio * den);
    if (num > 0 && Math.abs(num / den - ratio) < 1e-9) {
      return `${num}/${den}`;
    }
  }
  return percent(ratio);
}

export function ratioOrNull(count: number, n: number): number | null {
  return n > 0 ? count / n : null;
}
