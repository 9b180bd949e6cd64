// The consortium and its funding proposal (#13), as the issue walks it: the admin names a
// signatory for three example lead networks; drafts two sections of the demo bid (with
// the live word count); freezes the version; three signatories answer (one with
// reservations); the admin closes the decision early — agreed, reservations noted —;
// marks the version submitted; records the award. Visitors then see the submitted
// version and the bid's story. axe-core on every page, in English and Welsh, and 320 px.
import { execFileSync } from "node:child_process";
import { BASE, expect, axe, axeBoth } from "./lib.mjs";

function londonDate(days) {
  const when = new Date(Date.now() + days * 86400 * 1000);
  return when.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

/** A partner account made on the command line, signed in in its own browser. */
async function partner(browser, bin, dataDir, email, name) {
  try {
    execFileSync(bin, ["--data-dir", dataDir, "admin", "create-user", "--email", email, "--name", name, "--role", "partner"], { encoding: "utf8" });
  } catch {
    // Already made by an earlier run against the same data directory.
  }
  const link = new URL(execFileSync(bin, ["--data-dir", dataDir, "admin", "login-link", email], { encoding: "utf8" }).trim()).pathname;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}${link}?lang=en`);
  await page.getByRole("button").filter({ hasText: /Sign in|Mewngofnodi/ }).click();
  return { context, page };
}

async function noSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, `320 px: ${label} does not scroll sideways`, `overflow ${overflow}px`);
}

export async function consortiumJourney(browser, admin, bin, dataDir) {
  await admin.goto(`${BASE}/consortium?lang=en`);
  await axeBoth(admin, "the consortium");
  const stamp = Date.now();
  const signatories = [];
  for (const nation of ["England", "Scotland", "Wales"]) {
    const email = `signatory-${nation.toLowerCase()}-${stamp}@example.org`;
    const name = `Signatory for ${nation} ${stamp}`;
    const person = await partner(browser, bin, dataDir, email, name);
    await admin.goto(`${BASE}/consortium?lang=en`);
    await admin.getByRole("link", { name: `Example lead network for ${nation}` }).click();
    await admin.getByLabel("Add a representative").selectOption({ label: name });
    await admin.getByLabel("Make them the signatory").check();
    await admin.getByRole("button", { name: "Add", exact: true }).click();
    expect((await admin.locator("main").textContent()).includes(`Signatory is now: ${name}`), `${nation}: the signatory is named and logged`);
    signatories.push(person);
  }
  await axeBoth(admin, "a member's record");
  await signatories[0].page.goto(`${BASE}/consortium/space?lang=en`);
  await axeBoth(signatories[0].page, "the members' space");

  // Draft two sections of the demo bid, the word count following as they type.
  await admin.goto(`${BASE}/proposals/big-lottery-bid?lang=en`);
  await axeBoth(admin, "the draft bid");
  for (const [section, text] of [
    ["Aims", "To build the tools, confidence and resources people need to take part in the decisions that affect them."],
    ["Approach", "A consortium of equality organisations, led by a network in each UK nation, with an open wiki."],
  ]) {
    await admin.goto(`${BASE}/proposals/big-lottery-bid?lang=en`);
    await admin.getByRole("link", { name: section, exact: true }).click();
    await admin.locator("#body").fill(text);
    await admin.locator("#body-count").filter({ hasText: /words of/ }).waitFor();
    const words = await admin.locator("#body-count").textContent();
    expect(/^\d+ words of \d+$/.test(words.trim()), `${section}: the live word count`, words);
    await admin.getByLabel("Ready for review").check();
    await admin.getByRole("button", { name: "Save section" }).click();
    expect((await admin.locator("main").textContent()).includes("Section saved."), `${section}: saved`);
  }
  await axeBoth(admin, "a section with its history");
  await admin.goto(`${BASE}/proposals/big-lottery-bid/budget?lang=en`);
  await axeBoth(admin, "the budget");
  await admin.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(admin, "the budget");
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.goto(`${BASE}/proposals/big-lottery-bid/attachments?lang=en`);
  await axeBoth(admin, "the attachments");

  // Freeze: the sign-off opens.
  await admin.goto(`${BASE}/proposals/big-lottery-bid?lang=en`);
  await admin.getByRole("button", { name: "Freeze this version and ask members to sign it off" }).click();
  const decision = new URL(admin.url()).pathname;
  expect(decision.startsWith("/consortium/decisions/"), "freezing opens the sign-off decision", decision);
  await axeBoth(admin, "the sign-off decision");

  for (const [i, [stance, reason]] of [["Consent", ""], ["Consent with reservations", "Keep the access budget."], ["Consent", ""]].entries()) {
    const page = signatories[i].page;
    await page.goto(`${BASE}${decision}?lang=en`);
    if (i === 1) {
      await page.getByLabel("Object", { exact: true }).check();
      await page.getByRole("button", { name: "Give stance" }).click();
      await page.locator(".error-summary").waitFor();
      await axe(page, "a stance with errors");
    }
    await page.getByLabel(stance, { exact: true }).check();
    if (reason) await page.getByLabel("Reason").fill(reason);
    await page.getByRole("button", { name: "Give stance" }).click();
    expect((await page.locator("main").textContent()).includes("Your stance is recorded."), `signatory ${i + 1} answers`);
  }
  await signatories[1].page.setViewportSize({ width: 320, height: 640 });
  await signatories[1].page.goto(`${BASE}${decision}?lang=cy`);
  await axeBoth(signatories[1].page, "a decision, as a signatory");
  await noSidewaysScroll(signatories[1].page, "a decision");

  await admin.goto(`${BASE}${decision}?lang=en`);
  await admin.getByRole("button", { name: "Close the decision now" }).click();
  expect((await admin.locator("main").textContent()).includes("Agreed, with reservations noted"), "the sign-off is agreed, reservations noted");
  await admin.goto(`${BASE}/consortium/decisions?lang=en`);
  await axeBoth(admin, "the decision register");

  // Submitted, then awarded.
  await admin.goto(`${BASE}/proposals/big-lottery-bid/versions/1?lang=en`);
  await axeBoth(admin, "the frozen version");
  await admin.getByLabel("Date it was submitted").fill(londonDate(0));
  await admin.getByLabel("The funder's reference").fill("E2E-2019");
  await admin.getByLabel("Amount requested").fill("14,500");
  await admin.getByRole("button", { name: "Mark as submitted" }).click();
  expect((await admin.locator("main").textContent()).includes("marked as submitted"), "the version is submitted");
  await admin.goto(`${BASE}/proposals/big-lottery-bid/answer?lang=en`);
  await axeBoth(admin, "the funder's answer");
  await admin.getByLabel("Awarded", { exact: true }).check();
  await admin.getByLabel("Amount awarded").fill("14,500");
  await admin.getByLabel("Start date").fill(londonDate(30));
  await admin.getByRole("button", { name: "Save the answer" }).click();
  expect((await admin.locator("main").textContent()).includes("Awarded"), "the bid is awarded");

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(`${BASE}/proposals/big-lottery-bid?lang=en`);
  await axeBoth(visitor, "the bid, as a visitor");
  const story = await visitor.locator("main").textContent();
  expect(story.includes("Version 1 submitted to the funder") && story.includes("The funder awarded the grant"), "the bid's story reads as a timeline");
  await visitor.setViewportSize({ width: 320, height: 640 });
  await visitor.goto(`${BASE}/proposals/big-lottery-bid/versions/1?lang=cy`);
  await axeBoth(visitor, "the submitted version, as a visitor");
  await noSidewaysScroll(visitor, "the submitted version");
  await visitor.goto(`${BASE}/consortium/rules?lang=en`);
  await axeBoth(visitor, "the way we decide");
  await context.close();
  for (const s of signatories) await s.context.close();
}
