// Real-browser journeys in Debian's headless Chromium, with axe-core on every page visited,
// in English and in Welsh. Started by scripts/test against a server it runs with --demo.
//
// Environment: BASE_URL (the running server), COPRODUCE_BIN and COPRODUCE_DATA_DIR (to get
// the demo admin a sign-in link, as an operator would), CHROMIUM (default /usr/bin/chromium).
// Prints one line per check and closes with "N passed, N failed".

import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

import { BASE, counts, visited, ok, fail, expect, axe, axeBoth, linkFromOutbox } from "./lib.mjs";
import { eventJourney } from "./journeys_events.mjs";
import { requestJourney } from "./journeys_requests.mjs";
import { importJourney } from "./journeys_import.mjs";
import { consultationJourney } from "./journeys_consultations.mjs";
import { responseJourney } from "./journeys_responses.mjs";
import { consortiumJourney } from "./journeys_consortium.mjs";
import { planJourney } from "./journeys_plan.mjs";
const BIN = process.env.COPRODUCE_BIN;
const DATA_DIR = process.env.COPRODUCE_DATA_DIR;
const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

function loginLink() {
  const out = execFileSync(BIN, ["--data-dir", DATA_DIR, "admin", "login-link", "demo-admin@example.org"], {
    encoding: "utf8",
  });
  return new URL(out.trim()).pathname;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    // The demo admin signs in through a one-time link printed by the command line.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${BASE}${loginLink()}`);
    await axeBoth(admin, "sign-in link page");
    await admin.getByRole("button").filter({ hasText: /Sign in|Mewngofnodi/ }).click();
    expect(new URL(admin.url()).pathname === "/", "admin signed in by link");
    await admin.goto(`${BASE}/admin/users`);
    await axeBoth(admin, "admin users");
    await admin.goto(`${BASE}/admin/outbox`);
    await axeBoth(admin, "admin outbox");

    const context = await browser.newContext();
    const page = await context.newPage();

    // Home page, both languages, and at 320 px wide without sideways scrolling.
    await page.goto(`${BASE}/`);
    await axeBoth(page, "home");
    for (const path of ["/accessibility", "/privacy", "/licence"]) {
      await page.goto(`${BASE}${path}`);
      await axeBoth(page, path);
    }
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/sign-up", "/sign-in"]) {
      await narrow.goto(`${BASE}${path}`);
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow <= 0, `320 px: no horizontal scrolling on ${path}`, `overflow ${overflow}px`);
    }
    await narrow.screenshot({ path: `${ARTIFACTS}home-320.png`, fullPage: true });
    await narrow.close();

    // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
    await page.goto(`${BASE}/`);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first === "skip-link", "first Tab focuses the skip link", first);
    await page.keyboard.press("Enter");
    const afterSkip = await page.evaluate(() => document.activeElement?.id);
    expect(afterSkip === "main", "skip link moves focus to main", afterSkip);

    // Sign up.
    const email = `e2e-${Date.now()}@example.org`;
    const password = "a long and memorable passphrase";
    await page.goto(`${BASE}/sign-up`);
    await axeBoth(page, "sign-up");
    await page.getByLabel("Full name").fill("Eira Evans");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    expect(new URL(page.url()).pathname === "/check-your-email", "sign-up leads to check your email");
    await axeBoth(page, "check your email");

    // Confirm through the link in the outbox.
    const confirm = await linkFromOutbox(admin, email);
    expect(confirm.startsWith("/confirm-email/"), "confirmation link is in the outbox", confirm);
    await page.goto(`${BASE}${confirm}`);
    await axe(page, "confirm e-mail");
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    expect(new URL(page.url()).pathname === "/sign-in", "confirming leads to sign in");
    await axe(page, "sign-in after confirmation");

    // A failed sign-in shows the error summary and moves focus to it.
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForSelector(".error-summary");
    const focused = await page.evaluate(() => document.activeElement?.classList.contains("error-summary"));
    expect(focused, "focus moves to the error summary after a failed sign-in");
    const title = await page.title();
    expect(title.startsWith("Error"), "page title starts with Error", title);
    await axeBoth(page, "sign-in with errors");
    await page.screenshot({ path: `${ARTIFACTS}sign-in-error.png`, fullPage: true });
    // Its link moves focus to the field.
    await page.locator(".error-summary a").first().click();
    const fieldFocused = await page.evaluate(() => document.activeElement?.id);
    expect(fieldFocused === "email", "error summary link focuses the field", fieldFocused);

    // Sign in.
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(new URL(page.url()).pathname === "/", "signed in and home");
    await page.goto(`${BASE}/account`);
    await axe(page, "account");
    expect((await page.textContent("main")).includes("Eira Evans"), "account shows the name");

    // Switch to Welsh with the link on the page.
    await page.locator("a.lang-switch").click();
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(lang === "cy", "the language switch turns the page Welsh", lang);
    expect((await page.textContent("h1")) === "Eich cyfrif", "Welsh heading on the account page");
    await axe(page, "account in Welsh");
    await page.goto(`${BASE}/`);
    expect((await page.evaluate(() => document.documentElement.lang)) === "cy", "Welsh is remembered");
    await axe(page, "home in Welsh");

    // Sign out (in Welsh).
    await page.getByRole("button", { name: "Allgofnodi" }).click();
    expect((await page.textContent("body")).includes("Rydych wedi allgofnodi"), "signed out, told in Welsh");
    await page.goto(`${BASE}/account`);
    expect(new URL(page.url()).pathname === "/sign-in", "account needs sign-in after signing out");

    // Password reset.
    await page.goto(`${BASE}/forgot-password?lang=en`);
    await axeBoth(page, "forgot password");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    const reset = await linkFromOutbox(admin, email);
    expect(reset.startsWith("/reset-password/"), "reset link is in the outbox", reset);
    await page.goto(`${BASE}${reset}`);
    await axeBoth(page, "choose a new password");
    await page.getByLabel("New password").fill("an even better passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    expect(new URL(page.url()).pathname === "/account", "reset signs in and shows the account");
    await page.goto(`${BASE}${reset}`);
    expect((await page.textContent("h1")).includes("expired or has already been used"), "reset link works once");
    await axe(page, "used link");

    // Remaining pages people use, both languages.
    for (const path of ["/sign-in-link", "/account/delete", "/no-such-page"]) {
      await page.goto(`${BASE}${path}`);
      await axeBoth(page, path);
    }
    // ---- Wiki ----
    // Read the founding page; edit one section.
    await page.goto(`${BASE}/wiki/Equalities_co-production_initiative`);
    await axeBoth(page, "wiki page");
    expect((await page.textContent("h1")) === "Equalities co-production initiative", "founding page is there");
    await page.locator(".section-edit a").nth(1).click();
    expect(new URL(page.url()).searchParams.get("section") === "2", "section edit link opens that section");
    await axeBoth(page, "wiki section edit");
    const sectionText = await page.inputValue("#text");
    expect(sectionText.startsWith("## Making links"), "the form holds only that section", sectionText.slice(0, 40));
    // The formatting toolbar (progressive enhancement) wraps the selection.
    await page.fill("#text", "word");
    await page.evaluate(() => document.getElementById("text").select());
    await page.getByRole("button", { name: "Bold" }).click();
    expect((await page.inputValue("#text")) === "**word**", "toolbar makes the selection bold", await page.inputValue("#text"));
    await page.fill("#text", sectionText + "\n\nEdited in the browser journey.");
    await page.fill("#summary", "journey edit");
    await page.getByRole("button", { name: "Show preview" }).click();
    await page.waitForSelector(".preview");
    await axe(page, "wiki preview");
    await page.getByRole("button", { name: "Save changes" }).click();
    expect((await page.textContent(".wiki-content")).includes("Edited in the browser journey."), "section edit saved");

    // A conflict: open the edit form, let the admin change the same line, then save.
    await page.goto(`${BASE}/wiki/Meeting_schedule/edit`);
    const stale = await page.inputValue("#text");
    await admin.goto(`${BASE}/wiki/Meeting_schedule/edit`);
    await admin.fill("#text", stale.replace("Our meeting schedule is in development.", "Our meeting schedule is ready (admin)."));
    await admin.getByRole("button", { name: /Save changes|Cadw'r newidiadau/ }).click();
    await page.fill("#text", stale.replace("Our meeting schedule is in development.", "Our meeting schedule is nearly ready (journey)."));
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForSelector(".conflict");
    expect((await page.inputValue("#mine-text")).includes("nearly ready (journey)"), "conflict keeps my text");
    expect((await page.inputValue("#text")).includes("<<<<<<< "), "the overlap is marked in the editor");
    expect((await page.inputValue("#current-text")).includes("ready (admin)"), "conflict shows the current text");
    const focusedSummary = await page.evaluate(() => document.activeElement?.classList.contains("error-summary"));
    expect(focusedSummary, "focus moves to the conflict's error summary");
    await axeBoth(page, "wiki conflict");
    await page.screenshot({ path: `${ARTIFACTS}wiki-conflict.png`, fullPage: true });
    const resolved = (await page.inputValue("#current-text")).replace("ready (admin).", "ready (admin), and nearly ready (journey).");
    await page.fill("#text", resolved);
    await page.getByRole("button", { name: "Save changes" }).click();
    expect((await page.textContent(".wiki-content")).includes("and nearly ready (journey)"), "conflict resolved and saved");

    // History and a diff.
    await page.goto(`${BASE}/wiki/Meeting_schedule/history`);
    await axeBoth(page, "wiki history");
    await page.getByRole("button", { name: "Compare the chosen versions" }).click();
    expect((await page.locator(".diff ins").count()) > 0, "diff marks insertions");
    await axeBoth(page, "wiki diff");
    await page.locator("a", { hasText: "Show changes side by side" }).click();
    await axeBoth(page, "wiki diff side by side");
    await page.goto(`${BASE}/recent-changes`);
    await axeBoth(page, "recent changes");

    // Talk page: comment, then reply.
    await page.goto(`${BASE}/wiki/Meeting_schedule/talk`);
    await axeBoth(page, "wiki talk page");
    await page.fill("#comment-body", "Could we meet in Cardiff as well as Glasgow?");
    await page.getByRole("button", { name: "Add comment" }).click();
    expect((await page.locator("article.comment").count()) === 1, "comment added");
    await page.locator("article.comment summary", { hasText: "Reply" }).first().click();
    await page.locator("article.comment textarea[name=body]").first().fill("Cardiff works for us.");
    await page.getByRole("button", { name: "Send reply" }).click();
    expect((await page.locator("article.comment--depth-1").count()) === 1, "reply nested under the comment");
    await axeBoth(page, "wiki talk page with a thread");

    // Search.
    await page.goto(`${BASE}/search?q=civic+mediation&fulltext=1`);
    await axeBoth(page, "search");
    expect((await page.locator(".search-results mark").count()) > 0, "search highlights matches");
    await page.goto(`${BASE}/wiki`);
    await axeBoth(page, "wiki index");
    await page.goto(`${BASE}/wiki/Initial_brief/info`);
    await axeBoth(page, "wiki page information");

    // Script-injection vectors saved through the form execute nothing in the browser.
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    const vectors = JSON.parse(readFileSync(new URL("./xss-vectors.json", import.meta.url), "utf8"));
    await page.goto(`${BASE}/wiki/Injection_test/edit`);
    await page.fill("#text", vectors.join("\n\n"));
    await page.fill("#summary", vectors[1]);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.goto(`${BASE}/wiki/Injection_test/talk`);
    await page.fill("#comment-body", vectors.join("\n\n"));
    await page.getByRole("button", { name: "Add comment" }).click();
    await page.goto(`${BASE}/wiki/Injection_test`);
    await page.goto(`${BASE}/wiki/Injection_test/history`);
    await page.goto(`${BASE}/recent-changes`);
    // A file whose name and description carry markup.
    await page.goto(`${BASE}/files/upload`);
    await axeBoth(page, "upload a file");
    await page.setInputFiles("#file", { name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("name,nation\nAwen,Wales\n") });
    await page.fill("#name", `x" onmouseover="alert(1)' onfocus='alert(2).csv`);
    await page.fill("#description", vectors[0]);
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForSelector("h1");
    expect(new URL(page.url()).pathname.startsWith("/files/X"), "a file with a hostile name is stored", page.url());
    await page.hover("h1");
    await page.locator("#markdown").focus();
    await axe(page, "file page");
    await page.goto(`${BASE}/files`);
    await page.goto(`${BASE}/wiki/Injection_test`);
    const anchors = await page.locator(".wiki-content a").evaluateAll((as) => as.map((a) => a.getAttribute("href") || ""));
    expect(anchors.every((h) => !/^\s*(javascript|data):/i.test(h)), "no script URLs survive", anchors.join(" "));
    expect(dialogs === 0, "no injected script ran", `${dialogs} dialogs`);

    // ---- Organisations ----
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${BASE}/organisations`);
    await axeBoth(visitor, "organisations directory");
    await visitor.getByRole("link", { name: "Include your organisation" }).first().click();
    await axeBoth(visitor, "include my organisation");
    const orgEmail = `org-${Date.now()}@example.org`;
    await visitor.getByLabel("Full name").fill("Nia Jones");
    await visitor.getByLabel("Email address").fill(orgEmail);
    await visitor.getByLabel("Name of the organisation").fill("Newport Unity Journey");
    await visitor.getByLabel("Wales", { exact: true }).check();
    await visitor.getByLabel("Race", { exact: true }).check();
    await visitor.getByLabel("10. Reduced inequalities").check();
    await visitor.getByRole("button", { name: "Send" }).click();
    await visitor.waitForSelector(".error-summary");
    expect((await visitor.textContent(".error-summary")).includes("agrees to be listed"), "consent is required");
    expect((await visitor.inputValue("#name")) === "Newport Unity Journey", "input kept after an error");
    await axe(visitor, "include my organisation with errors");
    await visitor.getByLabel(/I confirm that the organisation agrees/).check();
    await visitor.getByRole("button", { name: "Send" }).click();
    expect(new URL(visitor.url()).pathname === "/organisations/new/sent", "submission sent");
    await axeBoth(visitor, "submission sent");
    const orgConfirm = await linkFromOutbox(admin, orgEmail);
    await visitor.goto(`${BASE}${orgConfirm}`);
    await visitor.getByRole("button", { name: "Confirm" }).click();
    expect((await visitor.textContent("body")).includes("details are confirmed"), "submitter confirmed by e-mail link");
    await admin.goto(`${BASE}/organisations/moderation?lang=en`);
    await axeBoth(admin, "moderation queue");
    const card = admin.locator("article.submission", { hasText: "Newport Unity Journey" });
    await card.getByRole("button", { name: /Approve and list/ }).click();
    await visitor.goto(`${BASE}/organisations?nation=wales&characteristic=race`);
    const listedNames = await visitor.locator(".org-card__name").allTextContents();
    expect(listedNames.some((n) => n.includes("Newport Unity Journey")), "approved organisation appears under its filters", listedNames.join(", "));
    await visitor.locator(".org-card__name a", { hasText: "Newport Unity Journey" }).click();
    await axeBoth(visitor, "organisation page");
    await visitor.getByRole("link", { name: "See the history of this record" }).click();
    await axeBoth(visitor, "organisation history");
    await admin.goto(`${BASE}/organisations/add`);
    await axeBoth(admin, "add an organisation");
    // A likely duplicate is flagged; once added anyway, it is merged into the original.
    await admin.goto(`${BASE}/organisations/add?lang=en`);
    await admin.getByLabel("Name of the organisation").fill("Involve UK");
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.waitForSelector(".notice--warning");
    expect((await admin.textContent(".notice--warning")).includes("Involve"), "a likely duplicate is flagged");
    await axe(admin, "duplicate warning");
    await admin.getByLabel("This is a different organisation: add it anyway").check();
    await admin.getByRole("button", { name: "Save" }).click();
    expect(new URL(admin.url()).pathname === "/organisations/involve-uk", "added after confirming", admin.url());
    await admin.getByRole("link", { name: "Merge into another record" }).click();
    await axeBoth(admin, "merge records");
    await admin.getByLabel(/^Involve \(/).check();
    await admin.getByRole("button", { name: "Merge" }).click();
    expect(new URL(admin.url()).pathname === "/organisations/involve", "merged into the original record", admin.url());
    await admin.goto(`${BASE}/organisations/involve-uk`);
    expect(new URL(admin.url()).pathname === "/organisations/involve", "the merged record's address redirects");
    // Outreach: the board works without JavaScript; moving a card is a form.
    await admin.goto(`${BASE}/organisations/newport-unity-journey/outreach?lang=en`);
    await axeBoth(admin, "organisation outreach");
    await admin.goto(`${BASE}/outreach`);
    await axeBoth(admin, "outreach board");
    const outreachCard = admin.locator(".board__card", { hasText: "Newport Unity Journey" });
    await outreachCard.locator("select").selectOption("in_conversation");
    await outreachCard.getByRole("button", { name: /Move/ }).click();
    const inConversation = await admin.locator("section[aria-labelledby=stage-in_conversation]").textContent();
    expect(inConversation.includes("Newport Unity Journey"), "the card moved to In conversation");
    const reachPage = await context.newPage();
    await reachPage.goto(`${BASE}/reach?lang=en`);
    await axeBoth(reachPage, "reach");
    expect((await reachPage.locator(".reach-gap").count()) > 0, "gaps are shown in words");
    await reachPage.close();
    // Meetings: schedule one in UK time; a time skipped by the clock change is explained.
    await admin.goto(`${BASE}/meetings?lang=en`);
    await axeBoth(admin, "meetings");
    await admin.getByRole("link", { name: "Schedule a meeting" }).click();
    await axeBoth(admin, "schedule a meeting");
    await admin.getByLabel("Title").fill("Meeting with Disability Wales");
    await admin.getByLabel("Date").fill("2026-03-29");
    await admin.getByLabel("Start time").fill("01:30");
    await admin.getByLabel("Venue", { exact: true }).fill("Cardiff Bay");
    await admin.getByLabel("Step-free access").check();
    await admin.getByLabel("Show this meeting publicly").check();
    await admin.getByRole("button", { name: "Save meeting" }).click();
    await axe(admin, "meeting form with errors");
    const timeError = await admin.locator("#time-error").textContent();
    expect(timeError.includes("clocks go forward"), "the skipped hour is explained at the field", timeError);
    expect((await admin.getByLabel("Title").inputValue()) === "Meeting with Disability Wales", "input kept");
    await admin.getByLabel("Start time").fill("14:00");
    await admin.getByRole("button", { name: "Save meeting" }).click();
    expect(/^\/meetings\/\d+$/.test(new URL(admin.url()).pathname), "saved", admin.url());
    const meetingUrl = admin.url();
    // Organisations taking part, their consent to be named, then holding the meeting.
    await admin.getByLabel("Add an organisation").fill("Inclusion Scotland");
    await admin.getByRole("button", { name: "Add organisation" }).click();
    await axeBoth(admin, "meeting with organisations");
    await admin.getByLabel("Agreed to be named publicly: Inclusion Scotland").selectOption("yes");
    await admin.getByRole("button", { name: "Save (Inclusion Scotland)" }).click();
    await admin.getByRole("link", { name: "Change this meeting" }).click();
    await admin.getByLabel("Status").selectOption("held");
    await admin.getByRole("button", { name: "Save meeting" }).click();
    const whoPage = await visitorContext.newPage();
    await whoPage.goto(`${BASE}/who-we-met?lang=en`);
    await axeBoth(whoPage, "who we've met");
    const whoText = await whoPage.locator("main").textContent();
    expect(whoText.includes("Inclusion Scotland"), "who we've met names the organisation that agreed", whoText);
    await whoPage.close();
    await admin.goto(`${BASE}/meetings/import?lang=en`);
    await axeBoth(admin, "import meetings");
    await admin.goto(`${BASE}/meetings/month?month=2026-03&lang=en`);
    await axeBoth(admin, "month view");
    const monthText = await admin.locator("table.month").textContent();
    expect(monthText.includes("Meeting with Disability Wales"), "the month view shows the meeting", monthText);
    await admin.goto(`${BASE}/meetings/feeds?lang=en`);
    await axeBoth(admin, "calendar feeds");
    await admin.getByRole("button", { name: "Make a new private address" }).click();
    const privateAddress = await admin.locator("#private-address").textContent();
    expect(privateAddress.includes("/calendar/private/"), "a private feed address is shown once", privateAddress);
    const meetingVisitor = await visitorContext.newPage();
    await meetingVisitor.goto(`${meetingUrl}?lang=en`);
    await axeBoth(meetingVisitor, "meeting");
    const meetingText = await meetingVisitor.locator("main").textContent();
    expect(meetingText.includes("29 March 2026, 14:00 BST"), "shown in UK time with the zone", meetingText);
    await meetingVisitor.close();
    await visitorContext.close();

    await requestJourney(browser, admin);
    await eventJourney(browser, admin);
    await importJourney(browser, admin);
    await consultationJourney(browser, admin);
    await responseJourney(browser, admin);
    await consortiumJourney(browser, admin, BIN, DATA_DIR);
    await planJourney(browser, admin, meetingUrl, "Meeting with Disability Wales");

    // JavaScript off: the sign-in form still works.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${BASE}/sign-in`);
    await plain.getByLabel("Email address").fill(email);
    await plain.getByLabel("Password").fill("an even better passphrase");
    await plain.getByRole("button", { name: "Sign in" }).click();
    expect(new URL(plain.url()).pathname === "/", "signing in works with JavaScript off");
    await noJs.close();
  } catch (error) {
    fail("journey ran to the end", error.stack ?? error);
  } finally {
    await browser.close();
  }
  console.log(`\nPages checked with axe: ${[...visited].sort().join(" ")}`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 ? 0 : 1);
}

await main();
