import "server-only";
// A PostgreSQL WAL position ("16/B374D848": two hex halves of a 64-bit number) as a bigint, so
// positions compare as numbers; null for anything else (a cookie is untrusted input).
export function parseLsn(text: string | null | undefined): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? "");
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}
