// Driving the page as an analyst does, in Debian's headless Chromium: for the page's tests and
// bench/web. No browser is downloaded; puppeteer-core drives /usr/bin/chromium.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import puppeteer from "puppeteer-core";

import { sourceRoot } from "./example_folder.mjs";

const buildFolder = process.env.SCDASH_WASM_BUILD ?? join(sourceRoot, "build-wasm");
export const pagePath = join(buildFolder, "web", "scdash.html");

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox"],
  });
}

// A .zip of `folder`, holding the folder itself, as Windows' "Send to > Compressed folder" makes.
export function zipOf(folder, zip = `${folder}.zip`) {
  const script =
    "import os, sys, zipfile\n" +
    "folder, out = sys.argv[1], sys.argv[2]\n" +
    "parent = os.path.dirname(folder)\n" +
    "with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n" +
    "    for here, _, names in sorted(os.walk(folder)):\n" +
    "        for name in sorted(names):\n" +
    "            path = os.path.join(here, name)\n" +
    "            z.write(path, os.path.relpath(path, parent))\n";
  execFileSync("python3", ["-c", script, folder, zip]);
  return zip;
}

// The page opened from file://. Every request for anything but the page itself, its blob: worker
// and data: is refused and its URL passed to `refused`; errors the page throws are collected.
export async function openPage(browser, refused) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:")) {
      request.continue();
    } else {
      refused(url);
      request.abort();
    }
  });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(pagePath).href);
  return { page, errors };
}

// Gives the page a .zip of the folder and waits until the engine holds it.
export async function giveZip(page, zip) {
  await (await page.$("#zip-input")).uploadFile(zip);
  await page.waitForFunction(() => !document.getElementById("run").disabled, { timeout: 120_000 });
}

// Clicks "Make the dashboard" and waits for the job to end; what the page then says, and the
// seconds it took.
export async function makeDashboard(page) {
  const started = performance.now();
  await page.click("#run");
  await page.waitForSelector('#make[aria-busy="false"]', { timeout: 120_000 });
  const seconds = (performance.now() - started) / 1000;
  return { status: await page.$eval("#run-status", (status) => status.textContent), seconds };
}

// Checks one return in the page and waits for what its mapping reads; the seconds it took.
export async function checkReturn(page, path) {
  await page.select("#check-file", path);
  await page.$eval("#check-result", (result) => result.replaceChildren());
  const started = performance.now();
  await page.click("#check-run");
  await page.waitForFunction(() => document.querySelector("#check-result table, #check-result p"), {
    timeout: 600_000,
    polling: 10,
  });
  return (performance.now() - started) / 1000;
}
