// Single person fields of a 任免审批表 whose file text needs interpreting: 性别, 健康状况,
// 入党时间 (with a 民主党派 name), the photo. Shared by the LRMX and LRM readers. Pure.
import type { Gender, HealthStatus, PoliticalStatus } from "@/lib/domain/enums";
import { looseDateOrNull, toHalfWidth, type LooseDate } from "./loose-date";
import type { LrmxPhoto } from "./types";

export function parseGender(text: string, warnings: string[]): Gender | null {
  const t = toHalfWidth(text).trim();
  if (!t) return null;
  if (t === "男" || t === "1") return "MALE";
  if (t === "女" || t === "2") return "FEMALE";
  warnings.push(`性别“${t}”无法识别，已留空`);
  return null;
}

const HEALTH: Record<string, HealthStatus> = {
  健康: "HEALTHY",
  良好: "HEALTHY",
  一般: "FAIR",
  较差: "POOR",
  差: "POOR",
};

export function parseHealth(text: string, warnings: string[]): HealthStatus | null {
  const t = text.trim();
  if (!t) return null;
  const h = HEALTH[t];
  if (!h) warnings.push(`健康状况“${t}”无法识别（应为健康、一般或较差），已留空`);
  return h ?? null;
}

/**
 * 入党时间: `200105` (中共), `200105；民盟` (a 民主党派 member: date and party), or a party name
 * alone. The file has no 政治面貌 field; it is read from here.
 */
export function parsePartyJoin(
  text: string,
  warnings: string[],
): { partyJoin: LooseDate | null; democraticParty: string | null; politicalStatus: PoliticalStatus | null } {
  const t = toHalfWidth(text).trim();
  if (!t) return { partyJoin: null, democraticParty: null, politicalStatus: null };
  const m = /^([\d.\-/年月日]+)?\s*[;；,，、\s]*\s*(.*)$/.exec(t)!;
  const datePart = (m[1] ?? "").trim();
  const rest = m[2].trim();
  const partyJoin = datePart ? looseDateOrNull(datePart) : null;
  if (datePart && !partyJoin) warnings.push(`入党时间“${datePart}”无法识别，已留空`);
  if (!rest || /中共|中国共产党|共产党/.test(rest)) {
    const probationary = /预备/.test(rest);
    return { partyJoin, democraticParty: null, politicalStatus: probationary ? "CPC_PROBATIONARY" : "CPC_MEMBER" };
  }
  if (/无党派/.test(rest)) return { partyJoin: null, democraticParty: null, politicalStatus: "NON_PARTY" };
  if (/群众/.test(rest)) return { partyJoin: null, democraticParty: null, politicalStatus: "MASSES" };
  return { partyJoin, democraticParty: rest, politicalStatus: "DEMOCRATIC_PARTY" };
}

/** `YYYYMM` or `YYYYMM；民盟`, the inverse of parsePartyJoin. */
export function partyJoinText(d: {
  partyJoin: string | null;
  democraticParty: string | null;
  politicalStatus: PoliticalStatus | null;
}): string {
  const date = d.partyJoin ? d.partyJoin.slice(0, 4) + d.partyJoin.slice(5, 7) : "";
  if (d.politicalStatus === "DEMOCRATIC_PARTY" && d.democraticParty)
    return date ? `${date}；${d.democraticParty}` : d.democraticParty;
  if (d.politicalStatus === "CPC_MEMBER" || d.politicalStatus === "CPC_PROBATIONARY") return date;
  return "";
}

const MAGIC: Array<[number[], LrmxPhoto["mime"]]> = [
  [[0xff, 0xd8, 0xff], "image/jpeg"],
  [[0x89, 0x50, 0x4e, 0x47], "image/png"],
  [[0x47, 0x49, 0x46, 0x38], "image/gif"],
  [[0x42, 0x4d], "image/bmp"],
];

export function imageMime(bytes: Uint8Array): LrmxPhoto["mime"] | null {
  return MAGIC.find(([sig]) => sig.every((b, i) => bytes[i] === b))?.[1] ?? null;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** ZhaoPian: base64 of a JPEG (sometimes PNG/BMP). Anything else is dropped with a warning. */
export function parsePhoto(text: string, warnings: string[]): LrmxPhoto | null {
  const b64 = text.replace(/\s+/g, "");
  if (!b64) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 === 1) {
    warnings.push("照片数据不是有效的 Base64 编码，已忽略");
    return null;
  }
  const mime = imageMime(base64Bytes(b64.slice(0, 16)));
  if (!mime) {
    warnings.push("照片不是可识别的图片格式（JPEG、PNG、GIF、BMP），已忽略");
    return null;
  }
  return { mime, base64: b64 };
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export { base64Bytes };
