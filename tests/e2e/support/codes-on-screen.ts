// Issue 24 items 5 and 8: a department reads Chinese, not the program's codes. The rendered text
// of a page may show rule ids (D20-POOL-WOMEN — cited on purpose) and the names of file formats,
// but no enum value (SECTION_DEPUTY, UNIT) and no dotted parameter or action key
// (nat.publicityWorkingDays, auth.signin). Checked on every page the permission matrix opens.
import type { Page } from "@playwright/test";

const RULE_ID = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g;
const ALLOWED =
  /\b(?:LRMX|LRM|PDF|Excel|TOTP|HMAC|GB\/T|CSV|XLSX|IPv4|IPv6|K?HTML)\b|[\w.-]+\.(?:lrmx|lrm|xlsx|pdf|png|jpg)\b/g;
const CODE = /\b[A-Z][A-Z_]{3,}\b|\b[a-z]+\.[a-z][A-Za-z]+\b/g;

/** The codes found in the page's rendered text, each prefixed with `label` for the message. */
export async function codesOnScreen(page: Page, label: string): Promise<string[]> {
  const text = (await page.locator("body").innerText()).replace(RULE_ID, "").replace(ALLOWED, "");
  return [...new Set(text.match(CODE) ?? [])].map((c) => `${label}: ${c}`);
}
