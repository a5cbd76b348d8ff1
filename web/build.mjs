// Builds the page: one self-contained scdash.html, its script, style, worker and WebAssembly
// inlined, with a Content-Security-Policy that lets it run nothing else and connect nowhere.
//   node web/build.mjs [ENGINE_FOLDER] [OUT]
// ENGINE_FOLDER holds scdash-engine.js and .wasm (default build-wasm/web/engine); OUT defaults
// to build-wasm/web/scdash.html.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, "..");
const engineFolder = process.argv[2] ?? join(root, "build-wasm", "web", "engine");
const out = process.argv[3] ?? join(root, "build-wasm", "web", "scdash.html");

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
const script = inlineScript(await bundle("page.js"));
const style = readFileSync(join(web, "src", "page.css"), "utf8");
const policy = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(style)}`,
  "worker-src blob:",
  "img-src data: blob:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const slots = { CSP: policy, VERSION: version, STYLE: style, WORKER: worker, SCRIPT: script };
// A slot takes the whitespace around it, so that an element holds exactly what was hashed.
const page = readFileSync(join(web, "src", "page.html"), "utf8").replaceAll(
  /\s*\{\{([A-Z]+)\}\}\s*/g,
  (_, name) => slots[name],
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`web: wrote ${out} (${(page.length / 1e6).toFixed(1)} MB)`);
