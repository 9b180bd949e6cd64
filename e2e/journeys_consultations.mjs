// Consultations (#12, so far): the demo concept paper read part by part; a comment on a
// paragraph made with the keyboard alone (an empty one explained at the field); a reply; a
// suggested change that an editor accepts; the next version shows it, with the comment
// still on its part.

import { BASE, expect, axe, axeBoth } from "./lib.mjs";

export async function consultationJourney(browser, admin) {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${BASE}/consultations?lang=en`);
  await axeBoth(visitor, "consultations");
  await visitor.getByRole("link", { name: /Open concept paper/ }).click();
  await axeBoth(visitor, "consultation document");
  expect((await visitor.locator("main").textContent()).includes("Open for comments until"), "the page says it is open, and until when");
  await visitor.getByRole("link", { name: /1 comment on part/ }).click();
  await axeBoth(visitor, "a part with its comments");
  expect((await visitor.locator(".comment").count()) === 1, "the example comment is on its part");
  await visitor.setViewportSize({ width: 320, height: 640 });
  await visitor.goto(`${BASE}/consultations/concept-paper?lang=cy`);
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, "320 px: the consultation does not scroll sideways", `overflow ${overflow}px`);

  // Keyboard alone: the part's comment link, then the form.
  await admin.goto(`${BASE}/consultations/concept-paper?lang=en`);
  const link = admin.getByRole("link", { name: "Comment on part 2" });
  await link.focus();
  await admin.keyboard.press("Enter");
  await admin.waitForURL(/\/blocks\//);
  await admin.getByRole("button", { name: "Send comment" }).focus();
  await Promise.all([
    admin.waitForResponse((r) => r.request().method() === "POST"),
    admin.keyboard.press("Enter"),
  ]);
  await admin.waitForLoadState("load");
  await admin.locator("#body-error").waitFor();
  await axe(admin, "comment form with an error");
  const error = await admin.locator("#body-error").textContent();
  expect(error.includes("Enter your comment"), "an empty comment is explained at the field", error);
  await admin.getByLabel("Your comment").focus();
  await admin.keyboard.type("Written with the keyboard alone.");
  await admin.keyboard.press("Tab");
  await admin.keyboard.press("Enter");
  await admin.waitForURL(/#comment-/);
  expect((await admin.locator(".comment__body").last().textContent()).includes("keyboard alone"), "the comment is on its part");

  const part = new URL(admin.url()).pathname;
  // A reply, then a suggested change.
  await admin.getByRole("link", { name: /^Reply/ }).last().click();
  await axe(admin, "replying to a comment");
  await admin.getByLabel("Your comment").fill("A reply, to check threads.");
  await admin.getByRole("button", { name: "Send comment" }).click();
  expect((await admin.locator(".comment--reply").count()) >= 1, "the reply is shown under its comment");
  await admin.getByText("Suggest a change to this part").click();
  const proposed = admin.getByLabel("Your wording for this part");
  const before = await proposed.inputValue();
  await proposed.fill(`${before} Suggested in the journey.`);
  await admin.getByRole("button", { name: "Send the suggestion" }).click();
  await axeBoth(admin, "a part with a suggested change");
  expect((await admin.locator(".suggestion ins").count()) > 0, "the suggestion is shown as its differences");
  await admin.getByRole("button", { name: "Accept into the next version" }).click();
  expect((await admin.locator("main").textContent()).includes("accepted for the next version"), "the editor accepted it");
  await admin.goto(`${BASE}/consultations/concept-paper/edit?lang=en`);
  await axeBoth(admin, "consultation editor");
  await admin.getByRole("button", { name: "Publish the document as the next version" }).click();
  await admin.goto(`${BASE}${part}?lang=en`);
  const text = await admin.locator(".consultation-block__quoted").textContent();
  expect(text.includes("Suggested in the journey."), "the next version has the accepted change", text);
  expect((await admin.locator(".comment__body").allTextContents()).some((t) => t.includes("keyboard alone")),
    "the comment is still on its part in the next version");
  await admin.goto(`${BASE}/consultations/concept-paper/versions/2?lang=en`);
  await axeBoth(admin, "a version and its changes");
}
