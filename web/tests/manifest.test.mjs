// The add-in's manifest, checked offline: well-formed XML; read by Microsoft's own manifest
// reader (office-addin-manifest, whose validation is an online service and not used); and held
// to the rules of Microsoft's published manifest schema (OfficeAppManifest 1.1, VersionOverrides
// 1.0), which no npm package ships: the order of OfficeApp's elements, the forms of the Id and
// Version, string lengths, every resid resolved to a resource of its kind, every URL https
// under the add-in's address and naming a file of the bundle, icons of the sizes they claim.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

import { DOMParser } from "@xmldom/xmldom";
import officeAddinManifest from "office-addin-manifest";

import { pagePath } from "./page_driver.mjs";

const addIn = join(dirname(pagePath), "excel-add-in");
const manifestPath = join(addIn, "manifest.xml");
const build = fileURLToPath(new URL("../build.mjs", import.meta.url));
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const work = mkdtempSync(join(tmpdir(), "scdash-manifest-"));
after(() => rmSync(work, { recursive: true, force: true }));

function parse(text) {
  const problems = [];
  const document = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, "application/xml");
  assert.deepEqual(problems, [], "the manifest is well-formed XML");
  return document;
}

const elements = (node) => [...node.childNodes].filter((child) => child.nodeType === 1);
const all = (document, name) => [...document.getElementsByTagName(name)];

test("Microsoft's manifest reader reads the add-in as a task pane for Excel", async () => {
  const info = await officeAddinManifest.OfficeAddinManifest.readManifestFile(manifestPath);
  assert.equal(info.id, "bfc9acb1-5f4e-4e8c-b7ba-63b94b07b60a");
  assert.equal(info.officeAppType, "TaskPaneApp");
  assert.deepEqual(info.hosts, ["Workbook"]);
  assert.equal(info.defaultLocale, "en-GB");
  assert.equal(info.displayName, "scdash: Safer Communities");
  assert.equal(info.permissions, "ReadWriteDocument");
  assert.equal(info.defaultSettings.sourceLocation, "https://localhost:3000/taskpane.html");
  const version = /project\(scdash VERSION ([0-9.]+)/.exec(
    readFileSync(new URL("../../CMakeLists.txt", import.meta.url), "utf8"),
  )[1];
  assert.equal(info.version, `${version}.0`);
});

test("the manifest keeps the published schema's order, forms and lengths", () => {
  const document = parse(readFileSync(manifestPath, "utf8"));
  const app = document.documentElement;
  assert.equal(app.localName, "OfficeApp");
  assert.equal(app.getAttributeNS(XSI, "type"), "TaskPaneApp");
  // OfficeApp's sequence, as the schema gives it for a task pane add-in.
  const sequence = [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ];
  const order = elements(app).map((child) => sequence.indexOf(child.localName));
  assert.ok(!order.includes(-1), "every element of OfficeApp is one the schema knows");
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    "in the schema's order",
  );
  for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName"]) {
    assert.ok(
      elements(app).some((child) => child.localName === required),
      required,
    );
  }
  const text = (name) => all(document, name)[0].textContent;
  assert.match(text("Id"), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.match(text("Version"), /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/);
  assert.match(text("DefaultLocale"), /^[a-z]{2}-[A-Z]{2}$/);
  assert.ok(all(document, "DisplayName")[0].getAttribute("DefaultValue").length <= 125);
  assert.ok(all(document, "Description")[0].getAttribute("DefaultValue").length <= 250);
  for (const string of document.getElementsByTagNameNS(BT, "String")) {
    const limit = string.parentNode.localName === "ShortStrings" ? 125 : 250;
    assert.ok(string.getAttribute("DefaultValue").length <= limit, string.getAttribute("id"));
  }
  const ids = all(document, "Control").map((control) => control.getAttribute("id"));
  assert.equal(new Set(ids).size, ids.length, "control ids are unique");
});

test("every resid names a resource of its kind, and the ribbon's group has both buttons", () => {
  const document = parse(readFileSync(manifestPath, "utf8"));
  const resources = (kind, item) =>
    new Set(
      [...document.getElementsByTagNameNS(BT, kind)].flatMap((list) =>
        [...list.getElementsByTagNameNS(BT, item)].map((resource) => resource.getAttribute("id")),
      ),
    );
  const kinds = {
    Label: resources("ShortStrings", "String"),
    Title: resources("ShortStrings", "String"),
    Description: resources("LongStrings", "String"),
    SourceLocation: resources("Urls", "Url"),
    Image: resources("Images", "Image"),
  };
  const references = all(document, "*").filter((element) => element.hasAttribute("resid"));
  assert.ok(references.length >= 15);
  for (const reference of references) {
    const resid = reference.getAttribute("resid");
    assert.ok(resid.length <= 32, `${resid} is at most 32 characters`);
    assert.ok(kinds[reference.localName]?.has(resid), `${reference.localName} ${resid} resolves`);
  }
  const group = all(document, "Group")[0];
  assert.equal(group.parentNode.getAttribute("id"), "TabHome");
  const labels = all(document, "Control").map((control) => {
    const resid = elements(control)
      .find((child) => child.localName === "Label")
      .getAttribute("resid");
    return [...document.getElementsByTagNameNS(BT, "String")]
      .find((string) => string.getAttribute("id") === resid)
      .getAttribute("DefaultValue");
  });
  assert.deepEqual(labels, ["Build dashboard", "Check this return"]);
  const panes = all(document, "TaskpaneId").map((pane) => pane.textContent);
  assert.deepEqual(panes, ["scdash", "scdash"], "both buttons show the one pane");
});

// Each URL in `text`: https, under `base`, naming a file of the bundle in `folder`.
function checkUrls(text, base, folder) {
  const urls = [...text.matchAll(/(?:DefaultValue="|>)(https?:[^"<]+)/g)].map((match) => match[1]);
  assert.equal(urls.length, 8, "the icons, the pane and its two sections");
  for (const url of urls) {
    assert.ok(url.startsWith(base), `${url} is under ${base}`);
    const file = join(folder, new URL(url).pathname.slice(new URL(base).pathname.length));
    assert.ok(existsSync(file), `${url} names a file of the bundle`);
  }
}

test("every URL is https under the add-in's address and names a file of the bundle", () => {
  checkUrls(readFileSync(manifestPath, "utf8"), "https://localhost:3000/", addIn);
  const png = (size) => readFileSync(join(addIn, `icon-${size}.png`));
  for (const size of [16, 32, 64, 80]) {
    assert.equal(png(size).readUInt32BE(16), size, `icon-${size}.png is ${size} wide`);
    assert.equal(png(size).readUInt32BE(20), size, `icon-${size}.png is ${size} high`);
  }
  assert.ok(existsSync(join(addIn, "office", "office.js")));
  assert.ok(existsSync(join(addIn, "office", "en-gb", "office_strings.js")));
});

test("the bundle is built for the address IT gives, and only an https one", () => {
  const base = "https://intranet.example.gov.uk/community-safety/scdash/excel-add-in/";
  const engine = join(dirname(pagePath), "engine");
  execFileSync("node", [build, "--add-in-url", base.slice(0, -1), engine, work]);
  checkUrls(
    readFileSync(join(work, "excel-add-in", "manifest.xml"), "utf8"),
    base,
    join(work, "excel-add-in"),
  );
  assert.throws(
    () =>
      execFileSync("node", [build, "--add-in-url", "http://intranet/scdash/", engine, work], {
        stdio: "pipe",
      }),
    (failure) => failure.status === 2 && /must be https/.test(failure.stderr),
  );
});
