// Builds the static bundle that the page and the Excel add-in are served from (docs/web.md,
// docs/excel-add-in.md):
//   scdash.html                 the page: one self-contained file, which works from disk too
//   excel-add-in/taskpane.html  the add-in's task pane, the same engine and views
//   excel-add-in/manifest.xml   what council IT deploys, naming where the folder is served
//   excel-add-in/icon-*.png     the ribbon's icons
//   excel-add-in/office/        Office.js (npm @microsoft/office-js), served beside the pane
// Each page inlines its script, style, worker and WebAssembly, with a Content-Security-Policy
// that lets it run nothing else and connect nowhere.
//   node web/build.mjs [--add-in-url URL] [ENGINE_FOLDER] [OUT_FOLDER]
// ENGINE_FOLDER holds scdash-engine.js and .wasm (default build-wasm/web/engine); OUT_FOLDER
// defaults to build-wasm/web. URL is where excel-add-in/ will be served (default
// https://localhost:3000/, for trying it by sideloading), or SCDASH_ADD_IN_URL.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { build } from "esbuild";

import { iconPng } from "./icon.mjs";

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, "..");
const { values: options, positionals } = parseArgs({
  options: { "add-in-url": { type: "string" } },
  allowPositionals: true,
});
const engineFolder = positionals[0] ?? join(root, "build-wasm", "web", "engine");
const out = positionals[1] ?? join(root, "build-wasm", "web");
const addInUrl = withSlash(
  options["add-in-url"] ?? process.env.SCDASH_ADD_IN_URL ?? "https://localhost:3000/",
);

function withSlash(url) {
  if (!/^https:\/\/[^/?#]+(\/[^?#]*)?$/.test(url)) {
    console.error(`web: the add-in's address must be https://host/folder/, not ${url}`);
    process.exit(2);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

async function bundle(entry) {
  const result = await build({
    entryPoints: [join(web, "src", entry)],
    bundle: true,
    format: "iife",
    target: "es2022",
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0].text;
}

// Inside <script>, the HTML parser ends the element at "</script" and treats "<!--" specially.
function inlineScript(text) {
  return text.replaceAll(/<\/(script)/gi, "<\\/$1").replaceAll("<!--", "<\\!--");
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const source = (path) => readFileSync(join(web, "src", path), "utf8");

// A template's {{SLOTS}} filled. A slot takes the whitespace around it, so that an element holds
// exactly what was hashed.
const fill = (template, slots) =>
  template.replaceAll(/\s*\{\{([A-Z_]+)\}\}\s*/g, (_, name) => slots[name]);

const version = /project\(scdash VERSION ([0-9.]+)/.exec(
  readFileSync(join(root, "CMakeLists.txt"), "utf8"),
)[1];
const wasm = readFileSync(join(engineFolder, "scdash-engine.wasm")).toString("base64");
const worker = inlineScript(
  [
    readFileSync(join(engineFolder, "scdash-engine.js"), "utf8"),
    `const scdashEngineWasm = () => Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));`,
    await bundle("worker.js"),
  ].join("\n"),
);

// `loads`: what the page may load from where it is served, beyond what it inlines.
async function writePage({ template, entry, styles, loads = "" }, path) {
  const script = inlineScript(await bundle(entry));
  const style = styles.map(source).join("\n");
  const policy = [
    "default-src 'none'",
    `script-src ${loads}${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "worker-src blob:",
    `img-src ${loads}data: blob:`,
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const slots = {
    CSP: policy,
    VERSION: version,
    STYLE: style,
    WORKER: worker,
    SCRIPT: script,
    FOLDER_CHOICES: source("folder_choices.html"),
    PROBLEMS: source("problems_filter.html"),
  };
  const page = fill(source(template), slots);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, page);
  console.log(`web: wrote ${path} (${(page.length / 1e6).toFixed(1)} MB)`);
}

// Office.js's files for Excel: the loader, Excel's scripts for each platform, the strings of
// each language (Office asks for the user's), the page it shows when an add-in fails, and its
// telemetry script (whose sending the pane's policy blocks), without the debug copies or other
// applications' files.
function copyOfficeJs(to) {
  const from = join(web, "node_modules", "@microsoft", "office-js", "dist");
  const wanted = (path) =>
    /^(office|o15apptofilemappingtable|es6-promise|excel[-\w.]*|[a-z-]+\/office_strings)\.js$/.test(
      path,
    ) || /^(agaveerrorux|ariatelemetry)\//.test(path);
  rmSync(to, { recursive: true, force: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const path = relative(from, join(entry.parentPath ?? entry.path, entry.name));
    if (entry.isFile() && !path.includes(".debug.") && wanted(path)) {
      mkdirSync(dirname(join(to, path)), { recursive: true });
      copyFileSync(join(from, path), join(to, path));
    }
  }
}

await writePage(
  { template: "page.html", entry: "page.js", styles: ["page.css"] },
  join(out, "scdash.html"),
);
const addIn = join(out, "excel-add-in");
await writePage(
  {
    template: "addin/taskpane.html",
    entry: "addin/taskpane.js",
    styles: ["page.css", "addin/taskpane.css"],
    loads: "'self' ",
  },
  join(addIn, "taskpane.html"),
);
writeFileSync(
  join(addIn, "manifest.xml"),
  source("addin/manifest.xml")
    .replaceAll("{{BASE_URL}}", addInUrl)
    .replaceAll("{{VERSION}}", version),
);
for (const size of [16, 32, 64, 80]) {
  writeFileSync(join(addIn, `icon-${size}.png`), iconPng(size));
}
copyOfficeJs(join(addIn, "office"));
console.log(`web: wrote ${join(addIn, "manifest.xml")} for ${addInUrl}`);
