// The source tree's example partnership folder (scdash.yaml, mappings, template, returns) as the
// page is given it, every file by its path inside the folder; and returns made from it.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const sourceRoot = fileURLToPath(new URL("../..", import.meta.url));

function* filesUnder(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      yield* filesUnder(path);
    } else {
      yield path;
    }
  }
}

// [{path, bytes}] for the folder's files, paths relative to the source tree.
export function exampleFolder() {
  const files = [{ path: "scdash.yaml", bytes: readFileSync(join(sourceRoot, "scdash.yaml")) }];
  for (const part of ["mappings", "workbook-templates", "examples/returns"]) {
    for (const path of filesUnder(join(sourceRoot, part))) {
      files.push({ path: relative(sourceRoot, path), bytes: readFileSync(path) });
    }
  }
  return files;
}

// The Police and Crime Plan example as a force's folder would hold it: its project file naming
// the scorecard's template inside the folder, its mappings, the template and its returns.
export function policeExampleFolder() {
  const example = join(sourceRoot, "examples", "police-and-crime-plan");
  const project =
    "returns: returns\nmappings: mappings\ntemplate: workbook-templates/police-and-crime-plan\n" +
    "narrative: true\n";
  const files = [{ path: "scdash.yaml", bytes: Buffer.from(project) }];
  const parts = [
    [join(example, "mappings"), "mappings"],
    [join(example, "returns"), "returns"],
    [
      join(sourceRoot, "workbook-templates", "police-and-crime-plan"),
      "workbook-templates/police-and-crime-plan",
    ],
  ];
  for (const [from, to] of parts) {
    for (const path of filesUnder(from)) {
      files.push({ path: join(to, relative(from, path)), bytes: readFileSync(path) });
    }
  }
  return files;
}

// `files` written under `folder`, for the native program or for zipping.
export function writeFiles(folder, files) {
  for (const { path, bytes } of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

export const exampleReturn = (name) =>
  readFileSync(join(sourceRoot, "examples", "returns", "2025-26-Q2", name));

// The .xlsx `bytes` with the number in `cell` of its first sheet made the text `text`, as a
// partner typing "four" for 4 leaves it.
export function withTextInCell(bytes, cell, text) {
  const script =
    "import re, sys, zipfile, io\n" +
    "cell, text = sys.argv[1], sys.argv[2]\n" +
    "source = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\n" +
    "out = io.BytesIO()\n" +
    "with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n" +
    "    for item in source.infolist():\n" +
    "        data = source.read(item)\n" +
    "        if item.filename == 'xl/worksheets/sheet1.xml':\n" +
    "            pattern = '<c r=\"%s\"><v>[^<]*</v></c>' % cell\n" +
    '            new = \'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>\' % (cell, text)\n' +
    "            data, count = re.subn(pattern.encode(), new.encode(), data)\n" +
    "            assert count == 1, 'no number in ' + cell\n" +
    "        z.writestr(item, data)\n" +
    "sys.stdout.buffer.write(out.getvalue())\n";
  return execFileSync("python3", ["-c", script, cell, text], { input: bytes });
}
