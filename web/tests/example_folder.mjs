// The source tree's example partnership folder (scdash.yaml, mappings, template, returns) as the
// page is given it: every file by its path inside the folder.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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
