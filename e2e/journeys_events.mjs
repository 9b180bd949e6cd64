// Events: a coordinator adds an event with one place; one person registers with access
// needs, a second joins the waiting list, the first cancels, and the second is e-mailed
// the freed place. The organisers' pages and the check-in page on a phone.

import { BASE, expect, axe, axeBoth, linkFromOutbox } from "./lib.mjs";

function daysFromNow(days) {
  return new Date(Date.now() + days * 86400e3).toISOString().slice(0, 10);
}

export async function eventJourney(browser, admin) {
  await admin.goto(`${BASE}/events?lang=en`);
  await axeBoth(admin, "events");
  await admin.getByRole("link", { name: "Add an event" }).click();
  await axeBoth(admin, "add an event");
  const day = daysFromNow(30);
  await admin.getByLabel("Title").fill("Journey summit");
  await admin.getByLabel("Easy read summary").fill("We meet to plan together.");
  await admin.getByLabel("Start date").fill(day);
  await admin.getByLabel("Start time").fill("10:00");
  await admin.getByLabel("End date").fill(day);
  await admin.getByLabel("End time").fill("09:00");
  await admin.getByLabel("Venue", { exact: true }).fill("Temple of Peace, Cardiff");
  await admin.getByLabel("Places").fill("1");
  await admin.getByLabel("Registration opens (date)").fill(daysFromNow(-1));
  await admin.getByLabel("Registration opens (time)").fill("09:00");
  await admin.getByLabel("Registration closes (date)").fill(daysFromNow(29));
  await admin.getByLabel("Registration closes (time)").fill("17:00");
  await admin.getByRole("button", { name: "Save" }).click();
  await axe(admin, "event form with errors");
  const endError = await admin.locator("#end_date-error").textContent();
  expect(endError.includes("after the start"), "end before start is explained at the field", endError);
  await admin.getByLabel("End time").fill("16:00");
  await admin.getByRole("button", { name: "Save" }).click();
  expect(new URL(admin.url()).pathname === "/events/journey-summit", "the event was added", admin.url());

  // Two people register without accounts; the second joins the waiting list.
  const people = [
    ["Aled Evans", "aled.journey@example.org"],
    ["Bethan Hughes", "bethan.journey@example.org"],
  ];
  const pages = [];
  for (const [name, email] of people) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/events/journey-summit?lang=en`);
    await axeBoth(page, "event page");
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Your e-mail address").fill(email);
    await page.getByLabel("In person").check();
    await page.getByLabel("British Sign Language (BSL) interpreter").check();
    await page.getByLabel("Vegetarian").check();
    await page.getByText("Equality monitoring (optional)").click();
    await page.getByLabel("Age", { exact: true }).selectOption("35_44");
    await page.locator(".registration-form button[type=submit]").click();
    expect(new URL(page.url()).pathname.startsWith("/events/registration/"), `${name} reached their registration page`, page.url());
    await axeBoth(page, "registration");
    pages.push(page);
  }
  expect((await pages[0].locator("#registration-status").textContent()) === "Place confirmed", "the first person has a place");
  expect((await pages[1].locator("#registration-status").textContent()) === "On the waiting list", "the second is on the waiting list");

  // The first cancels; the second is promoted and e-mailed.
  await pages[0].getByRole("button", { name: "Cancel my place" }).click();
  await axeBoth(pages[0], "cancelled");
  const promoted = await linkFromOutbox(admin, "bethan.journey@example.org");
  await pages[1].goto(`${BASE}${promoted}?lang=en`);
  expect((await pages[1].locator("#registration-status").textContent()) === "Place confirmed", "the freed place went to the next person");
  const subject = await admin.evaluate(() => {
    const article = [...document.querySelectorAll("article.message")].find((a) => a.textContent.includes("bethan.journey@example.org"));
    return article ? article.textContent : "";
  });
  expect(subject.includes("A place is free for you"), "the promotion e-mail was sent", subject);

  // Organisers: the checklist, and check-in on a phone-sized screen.
  await admin.goto(`${BASE}/events/journey-summit/attendees?lang=en`);
  await axeBoth(admin, "attendees");
  const checklist = await admin.locator("ul.checklist").textContent();
  expect(checklist.includes("1 BSL interpreter") && checklist.includes("1 vegetarian"), "the access-needs checklist counts people with a place", checklist);
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: await admin.context().storageState() });
  const door = await phone.newPage();
  await door.goto(`${BASE}/events/journey-summit/check-in?lang=en`);
  await axeBoth(door, "check-in");
  await door.getByRole("button", { name: "Arrived Bethan Hughes" }).click();
  const count = await door.locator("p[role=status]").textContent();
  expect(count.includes("1 / 1"), "checked in from a phone", count);
  const overflow = await door.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(!overflow, "the check-in page fits a 360 px screen");
  await phone.close();
  for (const page of pages) await page.context().close();
}
