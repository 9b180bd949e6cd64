// Importing a charity register (#18): a coordinator uploads a regulator's file, gives every
// row a nation, checks the value mapping, previews, downloads the rows that will not be
// imported, imports, saves the settings as a profile and imports the next download with it.

import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { BASE, expect, axe, axeBoth } from "./lib.mjs";

const REGISTER = [
  "Reg charity number,Charity name,Status,Website,Telephone,Who the charity helps",
  "NIC109001,Journey Women’s Network,Registered,www.journey-women.example.org,028 9032 1111 ext 12,\"Women,Animals\"",
  "109002,Journey Older People’s Forum,Registered,,028 9032 2222,Older people",
  "NIC109003,Journey Youth Club,Removed,https://journey-youth.example.org,,Children or young people",
  ",,Registered,www.nameless.example.org,,Women",
].join("\n") + "\n";

// Windows-1252, as regulators publish: the apostrophe ’ is byte 0x92.
const registerBytes = () => Buffer.from(REGISTER.replaceAll("’", "\x92"), "latin1");

async function upload(page, profile) {
  await page.goto(`${BASE}/organisations/import?lang=en`);
  await page.locator("#file").setInputFiles({
    name: "ccni-journey.csv",
    mimeType: "text/csv",
    buffer: registerBytes(),
  });
  if (profile) await page.getByLabel("Saved profile to use (optional)").selectOption(profile);
  await page.getByRole("button", { name: "Upload and continue" }).click();
  return new URL(page.url()).pathname;
}

const count = (page, outcome) => page.locator(`strong[data-outcome=${outcome}]`).first().textContent();

export async function importJourney(browser, admin) {
  await admin.goto(`${BASE}/organisations/import?lang=en`);
  await axeBoth(admin, "import upload");
  const path = await upload(admin, null);
  expect(/^\/organisations\/import\/\d+$/.test(path), "the file was uploaded", path);
  await axeBoth(admin, "import settings and preview");
  const main = await admin.locator("main").textContent();
  expect(main.includes("Windows-1252"), "the page names the encoding it read");
  expect(main.includes("Imported records are not listed"), "the page says imported records are unlisted");
  // A constant nation and register for every row; the categories' suggestions checked.
  await admin.locator("#set_nations").selectOption("northern_ireland");
  await admin.locator("#set_charity_register").selectOption("northern_ireland");
  const women = admin.locator("fieldset.import-value", { hasText: "“Women”" });
  await women.locator("summary").click();
  expect(await women.getByLabel("Sex", { exact: true }).isChecked(), "“Women” is suggested to mean sex");
  await admin.getByLabel("Save these settings as a profile (optional)").fill("CCNI journey");
  await admin.getByRole("button", { name: "Preview with these columns" }).click();
  await axeBoth(admin, "import preview with settings");
  expect((await count(admin, "create")) === "3", "three rows will be created", await count(admin, "create"));
  expect((await count(admin, "refused")) === "1", "the row without a name is refused", await count(admin, "refused"));
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: /Download the rows that will not be imported/ }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const problems = Buffer.concat(chunks).toString("utf8");
  expect(problems.includes("Reason") && problems.includes("nameless"), "the refused row downloads with its reason", problems);

  await admin.getByRole("button", { name: /^Import 3 rows/ }).click();
  for (let i = 0; i < 30; i += 1) {
    if ((await admin.locator("main").textContent()).includes("Finished.")) break;
    await admin.waitForTimeout(500);
    await admin.reload();
  }
  await axeBoth(admin, "import progress");
  expect((await admin.locator("main").textContent()).includes("Finished."), "the import finished");
  expect((await count(admin, "create")) === "3", "three records were created");
  await admin.goto(`${BASE}/organisations/journey-youth-club?lang=en`);
  expect((await admin.locator("main").textContent()).includes("Removed from the register"), "a removed charity is marked");

  // The next download, with the saved profile: nothing is duplicated.
  const again = await upload(admin, "CCNI journey");
  expect(again !== path, "the second upload is a new import");
  expect((await admin.locator("#set_nations").inputValue()) === "northern_ireland", "the profile gives the constant nation");
  expect((await count(admin, "unchanged")) === "3", "the same rows are unchanged", await count(admin, "unchanged"));
  expect((await count(admin, "create")) === "0", "nothing is created twice");
  // The command line, with the same profile, reports the page's counts.
  const file = join(mkdtempSync(join(tmpdir(), "coproduce-import-")), "ccni-journey.csv");
  writeFileSync(file, registerBytes());
  const report = execFileSync(
    process.env.COPRODUCE_BIN,
    ["--data-dir", process.env.COPRODUCE_DATA_DIR, "import-organisations", file, "--profile", "CCNI journey", "--dry-run"],
    { encoding: "utf8" },
  );
  expect(/Unchanged\s+3\b/.test(report) && /Refused\s+1\b/.test(report) && /New records\s+0\b/.test(report),
    "import-organisations --dry-run gives the page's counts", report);
  await admin.goto(`${BASE}/organisations/import?lang=en`);
  await axe(admin, "past imports");
  expect((await admin.locator("table.import-past tbody tr").count()) >= 2, "both imports are listed");

  const narrow = await admin.context().newPage();
  await narrow.setViewportSize({ width: 320, height: 640 });
  await narrow.goto(`${BASE}${again}?lang=cy`);
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, "320 px: the import page does not scroll sideways", `overflow ${overflow}px`);
  await axe(narrow, "import settings at 320 px");
  await narrow.close();
}
