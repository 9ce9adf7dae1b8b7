import "server-only";
// Renders one of the app's print views to PDF with headless Chromium (playwright-core), as the
// signed-in user: the request's session cookie is handed to a fresh browser context that loads
// the page from this server, waits until the page says it is laid out (data-print-ready), and
// prints it with the page's own @page rules (A4). One render at a time: Chromium is heavy and
// the server is small.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/print/chromium-path";
import { UserFacingError } from "@/lib/errors/user-facing";

const TIMEOUT_MS = 90_000;
let queue: Promise<unknown> = Promise.resolve();

/** This server, as Chromium on the same host reaches it. */
export function internalBaseUrl(requestUrl: URL): string {
  const configured = process.env.PRINT_BASE_URL?.trim();
  if (configured) return configured.replace(/\/$/, "");
  return `http://127.0.0.1:${process.env.PORT || requestUrl.port || "3000"}`;
}

function cookiesOf(header: string | null, base: string) {
  const url = new URL(base);
  return (header ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf("=");
      const name = c.slice(0, i);
      // __Secure-/__Host- cookies (NEXTAUTH_URL on https) must stay Secure; Chromium treats the
      // loopback address as a secure origin and sends them over http.
      const secure = name.startsWith("__Secure-") || name.startsWith("__Host-");
      return {
        name,
        value: c.slice(i + 1),
        domain: url.hostname,
        path: "/",
        httpOnly: true,
        secure,
        sameSite: "Lax" as const,
      };
    });
}

async function render(pageUrl: string, cookieHeader: string | null): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 30_000 });
  try {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    await context.addCookies(cookiesOf(cookieHeader, pageUrl));
    const page = await context.newPage();
    const response = await page.goto(pageUrl, { waitUntil: "load", timeout: TIMEOUT_MS });
    if (!response || response.status() !== 200) throw new UserFacingError("打印页面无法打开，请刷新后重试");
    await page.waitForSelector('[data-print-ready="true"]', { timeout: TIMEOUT_MS });
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

export function renderPdf(pageUrl: string, cookieHeader: string | null): Promise<Uint8Array> {
  const next = queue.then(() => render(pageUrl, cookieHeader));
  queue = next.catch(() => undefined);
  return next;
}
