import type { Page } from "@playwright/test";

/** Saves a 1440×900 screenshot for review under test-results/screenshots/. */
export async function reviewShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Saves a phone-sized (390×844) screenshot, the whole page, under test-results/screenshots/. */
export async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screenshots/${name}-390.png`, fullPage: true });
}

/** Saves a tablet-sized (768×1024) screenshot, the whole page, under test-results/screenshots/. */
export async function tabletShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: `test-results/screenshots/${name}-768.png`, fullPage: true });
}

/** How far the page scrolls sideways beyond the window (0 when it fits). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Waits until the charts have drawn (recharts renders in the browser after hydration). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.locator("svg.recharts-surface").first().waitFor();
}
