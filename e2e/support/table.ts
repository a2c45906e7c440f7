import type { Locator } from "@playwright/test";

/** The table row whose row header reads exactly `header`. */
export function rowByHeader(scope: Locator, header: string): Locator {
  return scope.getByRole("row").filter({ has: scope.page().getByRole("rowheader", { name: header, exact: true }) });
}
