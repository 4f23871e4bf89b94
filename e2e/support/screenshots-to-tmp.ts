// captureBothWidths, and the two PNGs also written to .tmp/screenshots/ for a person to look at.
import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { captureBothWidths } from "./screenshots";

export async function captureToTmp(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await captureBothWidths(page, testInfo, name);
  const dir = path.join(".tmp", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  for (const attachment of testInfo.attachments.filter((a) => a.name.startsWith(`${name}-`) && a.body)) {
    fs.writeFileSync(path.join(dir, attachment.name), attachment.body!);
  }
}
