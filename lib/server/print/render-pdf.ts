import "server-only";
// Renders one of the app's print views to PDF with headless Chromium (playwright-core), as the
// signed-in user: the request's session cookie goes into a fresh browser context that loads the
// page from this server, and the page is printed with its own @page rules (A4).
//
// Speed (issue 20 item 6; npm run bench:print): one Chromium stays warm per server process
// (launched on first use, relaunched after a crash, closed after WARM_MS unused) and each render
// gets only a new context (its own cookies). The print views are complete as the server sends
// them — laid out on the server, system fonts, photos inline — so the context runs no
// JavaScript: the page is printed once it and its stylesheets have loaded, without waiting for
// the app's scripts or hydration. One render at a time: the server is small.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/print/chromium-path";
import { UserFacingError } from "@/lib/errors/user-facing";
import { cookiesOf } from "./print-cookies";

const TIMEOUT_MS = 90_000;
const WARM_MS = 10 * 60_000;
let queue: Promise<unknown> = Promise.resolve();
let warm: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;

/** This server, as Chromium on the same host reaches it. */
export function internalBaseUrl(requestUrl: URL): string {
  const configured = process.env.PRINT_BASE_URL?.trim();
  if (configured) return configured.replace(/\/$/, "");
  return `http://127.0.0.1:${process.env.PORT || requestUrl.port || "3000"}`;
}

function browser(): Promise<Browser> {
  if (!warm) {
    const launching = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 30_000 });
    warm = launching;
    launching.then(
      (b) => b.on("disconnected", () => warm === launching && (warm = null)),
      () => warm === launching && (warm = null),
    );
  }
  return warm;
}

function keepWarm(b: Browser) {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    warm = null;
    void b.close().catch(() => undefined);
  }, WARM_MS);
  idleTimer.unref();
}

async function render(pageUrl: string, cookieHeader: string | null, retry = true): Promise<Uint8Array> {
  const b = await browser();
  let context;
  try {
    context = await b.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", javaScriptEnabled: false });
  } catch (e) {
    // the warm browser died between two renders: start another once
    if (!retry || b.isConnected()) throw e;
    warm = null;
    return render(pageUrl, cookieHeader, false);
  }
  try {
    await context.addCookies(cookiesOf(cookieHeader, pageUrl));
    const page = await context.newPage();
    const response = await page.goto(pageUrl, { waitUntil: "load", timeout: TIMEOUT_MS }).catch((e: Error) => {
      throw e.name === "TimeoutError" ? new UserFacingError("生成 PDF 超时，请减少份数后重试") : e;
    });
    if (!response || response.status() !== 200) throw new UserFacingError("打印页面无法打开，请刷新后重试");
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await context.close().catch(() => undefined);
    keepWarm(b);
  }
}

export function renderPdf(pageUrl: string, cookieHeader: string | null): Promise<Uint8Array> {
  const next = queue.then(() => render(pageUrl, cookieHeader));
  queue = next.catch(() => undefined);
  return next;
}
