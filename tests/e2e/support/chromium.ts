// The browser for Playwright: the same lookup the server's PDF renderer uses.
export { chromiumPath, CHROMIUM_ARGS } from "../../../lib/print/chromium-path";
