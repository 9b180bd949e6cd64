// The plan in the open (#14), as the issue walks it: a coordinator adds an output with a
// milestone, links a held meeting as evidence (chosen from the list), and everyone sees
// it on the plan's timeline (and its table) and on the meeting's page. A bad date is
// refused at the field with the input kept. axe-core on every page, in English and
// Welsh, and at 320 px.
import { BASE, expect, axe, axeBoth } from "./lib.mjs";

async function noSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, `320 px: ${label} does not scroll sideways`, `overflow ${overflow}px`);
}

export async function planJourney(browser, admin, meetingUrl, meetingTitle) {
  await admin.goto(`${BASE}/plan?lang=en`);
  await axeBoth(admin, "the plan");
  expect((await admin.locator("main").textContent()).includes("The February summit"), "the demo plan has the founding document's outputs");
  const title = `Engagement meetings in Wales ${Date.now()}`;
  await admin.getByRole("link", { name: "Add an output" }).click();
  await axeBoth(admin, "add an output");
  await admin.getByLabel("Title").fill(title);
  await admin.getByLabel("Starts").fill("2026-01-01");
  await admin.getByLabel("Due").fill("2025-12-01");
  await admin.getByLabel("On track").check();
  await admin.getByRole("button", { name: "Save output" }).click();
  await axe(admin, "an output with an error");
  const dueError = await admin.locator("#due_on-error").textContent();
  expect(dueError.includes("on or after the start date"), "dates out of order are refused at the field", dueError);
  expect((await admin.getByLabel("Title").inputValue()) === title, "the input is kept");
  await admin.getByLabel("Due").fill("2026-12-31");
  await admin.getByRole("button", { name: "Save output" }).click();
  expect(/^\/plan\/outputs\/\d+$/.test(new URL(admin.url()).pathname), "the output is saved", admin.url());
  const outputUrl = admin.url();
  await admin.getByLabel("Milestone", { exact: true }).fill("Meet Disability Wales");
  await admin.locator("#milestone_due_on").fill("2026-03-29");
  await admin.getByRole("button", { name: "Add a milestone" }).click();
  await admin.getByLabel("What shows it").selectOption({ label: meetingTitle });
  await admin.getByRole("button", { name: "Link evidence" }).click();
  const outputText = await admin.locator("main").textContent();
  expect(outputText.includes("The evidence has been linked."), "the held meeting is linked as evidence", outputText);
  await axeBoth(admin, "an output with evidence");

  await admin.goto(`${BASE}/plan/import?lang=en`);
  await axeBoth(admin, "importing the plan from CSV");

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${BASE}/plan?lang=en`);
  expect((await visitor.locator("svg.timeline").count()) === 1, "the timeline is drawn");
  const table = await visitor.locator("table").textContent();
  expect(table.includes(title) && table.includes("Meet Disability Wales"), "the output and its milestone are on the timeline's table");
  await axeBoth(visitor, "the plan with the new output");
  await visitor.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(visitor, "the plan");
  await visitor.goto(outputUrl);
  await noSidewaysScroll(visitor, "an output");
  await visitor.setViewportSize({ width: 1280, height: 800 });
  await visitor.goto(`${meetingUrl}?lang=en`);
  const meetingText = await visitor.locator("main").textContent();
  expect(meetingText.includes("Part of the plan") && meetingText.includes(title), "the meeting says which output it is evidence for");
  await axeBoth(visitor, "a meeting that is evidence");
  await visitor.goto(`${BASE}/?lang=en`);
  expect((await visitor.locator("main").textContent()).includes("What's next"), "the home page lists what is next");
  await visitorContext.close();
}
