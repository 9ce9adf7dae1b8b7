// One-time voting codes as people read and type them. 12 characters from a 30-character
// alphabet without look-alikes (no 0/O, 1/I/L, U): log2(30) × 12 ≈ 58.9 bits. Printed in
// groups of four (ABCD-EFGH-JKMN); typed in any case, with or without the dashes or spaces.
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 12;

/** Bits of entropy of one random code. */
export const CODE_ENTROPY_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** The canonical form (upper case, no separators), or null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return null;
  return s;
}

export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
