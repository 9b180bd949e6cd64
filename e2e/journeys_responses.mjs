// Consultations, the end of the cycle (#12): an editor asks a question; a visitor responds
// with a name and an e-mail address and confirms it through the e-mailed link; the analysis
// shows where people commented; the editor names a theme, closes the consultation, writes
// the response and publishes it; the respondent is e-mailed; the response page is public.

import { BASE, expect, axe, axeBoth, linkFromOutbox } from "./lib.mjs";

/** A date `days` from today in London, as the date field takes it (YYYY-MM-DD). */
function londonDate(days) {
  const when = new Date(Date.now() + days * 86400 * 1000);
  return when.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

export async function responseJourney(browser, admin) {
  await admin.goto(`${BASE}/consultations/new?lang=en`);
  await admin.getByLabel("Title", { exact: true }).fill("Journey consultation");
  await admin.locator("#draft").fill("# Why\n\nPeople furthest from decision making are rarely asked.\n\nThe goals need everyone.\n");
  await admin.locator("#opens_date").fill(londonDate(-2));
  await admin.locator("#closes_date").fill(londonDate(10));
  await admin.getByRole("button", { name: "Save" }).first().click();
  await admin.waitForURL(/journey-consultation\/edit/);
  await admin.getByRole("button", { name: "Publish the document as the next version" }).click();
  await admin.goto(`${BASE}/consultations/journey-consultation/questions?lang=en`);
  await axeBoth(admin, "consultation questions");
  await admin.getByLabel("Agree or disagree (five steps)").check();
  await admin.getByLabel("The question").fill("The paper explains why this matters.");
  await admin.getByRole("button", { name: "Add a question" }).click();
  expect((await admin.locator(".question-list li").count()) === 1, "the question is added");

  // A visitor responds without an account.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(`${BASE}/consultations/journey-consultation/respond?lang=en`);
  await axeBoth(visitor, "response form");
  await visitor.getByRole("button", { name: "Send my response" }).click();
  await visitor.locator(".error-summary").waitFor();
  await axe(visitor, "response form with errors");
  expect(await visitor.evaluate(() => document.activeElement?.closest(".error-summary") !== null), "focus moves to the error summary");
  await visitor.getByLabel("Your name").fill("Journey Respondent");
  await visitor.getByLabel("Your e-mail address").fill("respondent@example.org");
  await visitor.getByLabel("Agree", { exact: true }).check();
  await visitor.getByLabel("Where do you live?").selectOption("wales");
  await visitor.getByRole("button", { name: "Send my response" }).click();
  expect((await visitor.locator("main").textContent()).includes("We have sent you an e-mail"), "the visitor is asked to confirm");
  const link = await linkFromOutbox(admin, "respondent@example.org");
  expect(link.startsWith("/consultations/journey-consultation/respond/"), "the personal link is e-mailed", link);
  await visitor.setViewportSize({ width: 320, height: 640 });
  await visitor.goto(`${BASE}${link}?lang=cy`);
  await axeBoth(visitor, "a response through its personal link");
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, "320 px: the response form does not scroll sideways", `overflow ${overflow}px`);

  // What we heard, then the answer.
  await admin.goto(`${BASE}/consultations/journey-consultation/analysis?lang=en`);
  await axeBoth(admin, "what we heard");
  expect((await admin.locator("main").textContent()).includes("1 response."), "the confirmed response counts");
  await admin.goto(`${BASE}/consultations/journey-consultation/themes?lang=en`);
  await admin.getByLabel("A new theme").fill("Why it matters");
  await admin.getByRole("button", { name: "Add the theme" }).click();
  await axeBoth(admin, "themes");
  await admin.goto(`${BASE}/consultations/journey-consultation/edit?lang=en`);
  await admin.locator("#opens_date").fill(londonDate(-3));
  await admin.locator("#closes_date").fill(londonDate(-1));
  await admin.getByRole("button", { name: "Save" }).first().click();
  await admin.goto(`${BASE}/consultations/journey-consultation/response?lang=en`);
  await axeBoth(admin, "writing the response");
  await admin.getByLabel("The response", { exact: true }).fill("We heard that the paper needs plainer words, and we rewrote it.");
  await admin.getByLabel("What we did about “Why it matters”").fill("We added a plain summary.");
  await admin.getByRole("button", { name: "Publish the response" }).click();
  expect((await admin.locator("main").textContent()).includes("The response is published"), "the response is published");
  await admin.goto(`${BASE}/admin/outbox`);
  const mailed = await admin.evaluate(() =>
    [...document.querySelectorAll("article.message")].some((a) => a.textContent.includes("respondent@example.org") && a.textContent.includes("We have published what we heard")),
  );
  expect(mailed, "the respondent is e-mailed when the response is published");
  await visitor.setViewportSize({ width: 1280, height: 800 });
  await visitor.goto(`${BASE}/consultations/journey-consultation/response?lang=en`);
  await axeBoth(visitor, "the published response");
  expect((await visitor.locator("main").textContent()).includes("We added a plain summary."), "the response says what was done");
  await context.close();
}
