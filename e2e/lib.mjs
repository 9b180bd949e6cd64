// Shared by the browser journeys: check counting, axe-core runs (in both languages), and
// reading links from the admin outbox.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const BASE = process.env.BASE_URL ?? "http://127.0.0.1:18080";

export const counts = { passed: 0, failed: 0 };
export const visited = new Set();

export function ok(name) {
  counts.passed += 1;
  console.log(`ok - ${name}`);
}
export function fail(name, detail) {
  counts.failed += 1;
  console.log(`FAILED - ${name}\n    ${String(detail).split("\n").join("\n    ")}`);
}
export function expect(cond, name, detail = "") {
  if (cond) ok(name);
  else fail(name, detail);
}

/** Runs axe on the page: no serious or critical WCAG 2.2 A/AA violations. */
export async function axe(page, label) {
  visited.add(new URL(page.url()).pathname);
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
  });
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(
    serious.length === 0,
    `axe: ${label} [${lang}] ${new URL(page.url()).pathname}`,
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n"),
  );
}

/** Axe in this language, then the same page in the other language. */
export async function axeBoth(page, label) {
  await axe(page, label);
  const url = new URL(page.url());
  const current = await page.evaluate(() => document.documentElement.lang);
  const other = current === "cy" ? "en" : "cy";
  const other_page = await page.context().newPage();
  url.searchParams.set("lang", other);
  await other_page.goto(url.toString());
  await axe(other_page, label);
  await other_page.close();
  // Put the language back for this browser (the switch is remembered by cookie).
  url.searchParams.set("lang", current);
  const restore = await page.context().newPage();
  await restore.goto(url.toString());
  await restore.close();
}

/** A signed-in demo admin reads the newest outbox message to `to` and returns its link path. */
export async function linkFromOutbox(admin, to) {
  await admin.goto(`${BASE}/admin/outbox`);
  const body = await admin.evaluate((address) => {
    const article = [...document.querySelectorAll("article.message")].find((a) =>
      a.textContent.includes(address),
    );
    return article ? article.querySelector(".message__body").textContent : "";
  }, to);
  const match = body.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in the outbox for ${to}`);
  return new URL(match[0]).pathname;
}

