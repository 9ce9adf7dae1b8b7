// Reading XML from outside safely. fast-xml-parser never fetches anything, but a DTD can still
// declare entities (billion laughs, or an external SYSTEM entity another tool would resolve),
// so any <!DOCTYPE or <!ENTITY is refused before parsing. Messages are for the user (Chinese).
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlResult = { ok: true; root: Record<string, unknown> } | { ok: false; message: string };

const FORBIDDEN = /<!\s*(DOCTYPE|ENTITY)/i;

export function parseUntrustedXml(text: string, rootName: string, arrays: readonly string[] = []): XmlResult {
  if (FORBIDDEN.test(text)) {
    return { ok: false, message: "文件包含 DTD 或实体声明（<!DOCTYPE、<!ENTITY），出于安全原因拒绝读取" };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { ok: false, message: `文件已损坏或不是有效的 XML（第 ${valid.err.line} 行附近），无法读取` };
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Keep every value a string: 身份证号 and `198611` must not turn into numbers.
    parseTagValue: false,
    trimValues: true,
    // Only the five XML entities and character references (&#xD; in 简历) — no DTD can reach here.
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, message: "文件已损坏或不是有效的 XML，无法读取" };
  }
  const root = doc[rootName];
  if (root === undefined) {
    const found = Object.keys(doc)[0];
    return { ok: false, message: `不是任免审批表文件：根元素应为 ${rootName}${found ? `，实际为 ${found}` : ""}` };
  }
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    return { ok: false, message: `不是任免审批表文件：${rootName} 元素中没有内容` };
  }
  return { ok: true, root: root as Record<string, unknown> };
}

/**
 * The text of a child element: "" when absent or empty. A known field holding nested
 * elements (or repeated) is unknown structure and is reported, not guessed at.
 */
export function textOf(node: Record<string, unknown>, key: string): string {
  const v = node[key];
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new UnknownStructureError(key);
}

export class UnknownStructureError extends Error {
  constructor(public readonly field: string) {
    super(`文件结构不正确：字段 ${field} 应为文本`);
  }
}
