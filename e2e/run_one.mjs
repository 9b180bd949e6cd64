// Runs one journey on its own while working on it (scripts/test runs them all through
// journeys.mjs): `node e2e/run_one.mjs consortium`, with the same environment.
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { BASE, counts } from "./lib.mjs";
import { consortiumJourney } from "./journeys_consortium.mjs";
import { planJourney } from "./journeys_plan.mjs";

const journeys = {
  consortium: consortiumJourney,
  plan: (browser, admin) => planJourney(browser, admin, process.env.MEETING_URL, process.env.MEETING_TITLE),
};
const BIN = process.env.COPRODUCE_BIN;
const DATA_DIR = process.env.COPRODUCE_DATA_DIR;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const link = new URL(execFileSync(BIN, ["--data-dir", DATA_DIR, "admin", "login-link", "demo-admin@example.org"], { encoding: "utf8" }).trim()).pathname;
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${BASE}${link}`);
  await admin.getByRole("button").filter({ hasText: /Sign in|Mewngofnodi/ }).click();
  await journeys[process.argv[2]](browser, admin, BIN, DATA_DIR);
} finally {
  await browser.close();
}
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 ? 1 : 0);
