// "Let's meet" → a time poll → invitees answer through their links → the meeting is
// confirmed → minutes recorded → the organisation appears on /who-we-met.

import { BASE, expect, axe, axeBoth, linkFromOutbox } from "./lib.mjs";

function daysFromNow(days) {
  return new Date(Date.now() + days * 86400e3).toISOString().slice(0, 10);
}

export async function requestJourney(browser, admin) {
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${BASE}/meetings?lang=en`);
  await visitor.getByRole("link", { name: "Let’s meet: ask to meet us" }).click();
  await axeBoth(visitor, "let's meet form");
  await visitor.getByRole("button", { name: "Send request" }).click();
  await axe(visitor, "let's meet form with errors");
  expect((await visitor.locator(".error-summary a").count()) >= 3, "missing answers are listed in the error summary");
  await visitor.getByLabel("Your organisation or group").fill("Deaf Cymru Journey");
  await visitor.getByLabel("Your name").fill("Rhian Davies");
  await visitor.getByLabel("Your e-mail address").fill("rhian.journey@example.org");
  await visitor.getByLabel("What would you like to talk about?").fill("BSL at the summit");
  await visitor.getByLabel("British Sign Language (BSL) interpreter").check();
  await visitor.getByRole("button", { name: "Send request" }).click();
  expect(new URL(visitor.url()).pathname === "/meetings/request/sent", "the request was sent", visitor.url());
  await axeBoth(visitor, "request sent");

  // A coordinator turns it into a time poll.
  await admin.goto(`${BASE}/meetings/requests?lang=en`);
  await axeBoth(admin, "requests queue");
  await admin.getByRole("link", { name: "Deaf Cymru Journey" }).first().click();
  await axeBoth(admin, "a request");
  await admin.getByRole("button", { name: "Start a time poll" }).click();
  await axeBoth(admin, "new time poll");
  await admin.getByLabel("Date 1").fill(daysFromNow(20));
  await admin.getByLabel("Time 1").fill("10:00");
  await admin.getByLabel("Date 2").fill(daysFromNow(21));
  await admin.getByLabel("Time 2").fill("14:00");
  await admin.getByLabel("Venue", { exact: true }).fill("Cardiff Bay");
  const invitees = await admin.getByLabel("Who to invite").inputValue();
  expect(invitees.includes("rhian.journey@example.org"), "the requester is the first invitee", invitees);
  await admin.getByLabel("Who to invite").fill(`${invitees}\nSam Jones, sam.journey@example.org`);
  await admin.getByRole("button", { name: "Send the invitations" }).click();
  expect(/^\/meetings\/polls\/\d+$/.test(new URL(admin.url()).pathname), "the poll was made", admin.url());
  const pollUrl = admin.url();

  // The invitees answer through their own links, no account.
  for (const [address, answers] of [
    ["rhian.journey@example.org", ["No", "Yes"]],
    ["sam.journey@example.org", ["If need be", "Yes"]],
  ]) {
    const link = await linkFromOutbox(admin, address);
    const page = await visitorContext.newPage();
    await page.goto(`${BASE}${link}?lang=en`);
    await axeBoth(page, "answer a time poll");
    const sets = page.locator("fieldset");
    for (let i = 0; i < answers.length; i += 1) {
      await sets.nth(i).getByLabel(answers[i], { exact: true }).check();
    }
    await page.getByRole("button", { name: "Save my answers" }).click();
    await axe(page, "answers saved");
    await page.close();
  }
  await admin.goto(`${pollUrl}?lang=en`);
  await axeBoth(admin, "time poll results");
  const best = await admin.locator("#best-slot").textContent();
  expect(best.includes("14:00"), "the best slot is the one everyone can make", best);
  await admin.locator("form[action$='/confirm'] button.button:not(.button--secondary)").click();
  expect(/^\/meetings\/\d+$/.test(new URL(admin.url()).pathname), "confirming made the meeting", admin.url());
  const meetingUrl = admin.url();
  await axeBoth(admin, "meeting from a poll");

  // After the meeting: minutes, consent to be named, held.
  await admin.getByText("Write or change the minutes").click();
  await admin.getByLabel("Minutes anyone can read").fill("We agreed BSL interpreters for the summit.");
  await admin.getByLabel("Private notes").fill("Budget still to find.");
  await admin.getByRole("button", { name: "Save the minutes" }).click();
  await admin.getByLabel("Agreed to be named publicly: Deaf Cymru Journey").selectOption("yes");
  await admin.getByRole("button", { name: "Save (Deaf Cymru Journey)" }).click();
  await admin.getByRole("link", { name: "Change this meeting" }).click();
  await admin.getByLabel("Status").selectOption("held");
  await admin.getByLabel("Show this meeting publicly").check();
  await admin.getByRole("button", { name: "Save meeting" }).click();
  await visitor.goto(`${meetingUrl}?lang=en`);
  await axeBoth(visitor, "public meeting with minutes");
  const text = await visitor.locator("main").textContent();
  expect(text.includes("We agreed BSL interpreters"), "public minutes are shown", text);
  expect(!text.includes("Budget still to find"), "private notes are not", text);
  await visitor.goto(`${BASE}/who-we-met?lang=en`);
  const who = await visitor.locator("main").textContent();
  expect(who.includes("Deaf Cymru Journey"), "the organisation appears on who we've met", who);
  await visitorContext.close();
}
