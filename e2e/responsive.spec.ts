import { expect, test } from "@playwright/test";

const pages = ["/", "/zoetermeer/2024", "/zoetermeer/2024/programma/6", "/midden-groningen/2021/programma/2.4", "/hilversum/2021/programma/4.2.1"];

for (const width of [375, 1280]) {
  for (const path of pages) {
    test(`${path} past op ${width} px zonder horizontaal te schuiven`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: testInfo.outputPath(`${width}.png`), fullPage: true });
      expect(overflow, "horizontale overloop in px").toBeLessThanOrEqual(0);
    });
  }
}
