// The partnership folder's files, however the analyst gives them: a folder picked with the File
// System Access API or with a folder input, a folder or files dropped on the page, or a .zip of
// the folder. Each way
// gives [{path, bytes}], paths relative to the folder that holds scdash.yaml.
import { readZip } from "./zip.js";

const PROJECT_FILE = "scdash.yaml";

// The paths of the files that could be returns, and of the mapping files, among `files`.
export const returnPaths = (files) =>
  files.map(({ path }) => path).filter((path) => /\.(xlsx|xlsm|xls|csv)$/i.test(path));
export const mappingPaths = (files) =>
  files
    .map(({ path }) => path)
    .filter((path) => /\.ya?ml$/i.test(path) && path.includes("mappings/"));

async function bytesOf(file) {
  return new Uint8Array(await file.arrayBuffer());
}

// A zip of a folder usually holds the folder itself: "partnership/scdash.yaml". The files are
// made relative to the folder with the project file nearest the top or, when none has one, to
// the one folder that holds them all.
export function relativeToProject(files) {
  const projects = files
    .map(({ path }) => path)
    .filter((path) => path === PROJECT_FILE || path.endsWith(`/${PROJECT_FILE}`))
    .sort((a, b) => a.split("/").length - b.split("/").length);
  let prefix = projects.length > 0 ? projects[0].slice(0, -PROJECT_FILE.length) : "";
  if (projects.length === 0) {
    const tops = new Set(files.map(({ path }) => path.split("/")[0]));
    if (tops.size === 1 && files.every(({ path }) => path.includes("/"))) {
      prefix = `${[...tops][0]}/`;
    }
  }
  return files
    .filter(({ path }) => path.startsWith(prefix))
    .map(({ path, bytes }) => ({ path: path.slice(prefix.length), bytes }));
}

async function* walkHandle(directory, prefix) {
  for await (const [name, handle] of directory.entries()) {
    if (handle.kind === "directory") {
      yield* walkHandle(handle, `${prefix}${name}/`);
    } else {
      yield { path: `${prefix}${name}`, bytes: await bytesOf(await handle.getFile()) };
    }
  }
}

// The files of a folder picked with showDirectoryPicker().
export async function filesOfDirectoryHandle(directory) {
  const files = [];
  for await (const file of walkHandle(directory, "")) {
    files.push(file);
  }
  return relativeToProject(files);
}

// The files of a folder chosen with <input type="file" webkitdirectory>, each named by its path
// under the folder chosen (which, like a zip's top folder, is taken off).
export async function filesOfFolderInput(fileList) {
  const files = [];
  for (const file of fileList) {
    files.push({ path: file.webkitRelativePath || file.name, bytes: await bytesOf(file) });
  }
  return relativeToProject(files);
}

function entriesOf(directoryEntry) {
  const reader = directoryEntry.createReader();
  return new Promise((resolve, reject) => {
    const all = [];
    const more = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) {
          resolve(all);
        } else {
          all.push(...batch);
          more();
        }
      }, reject);
    more();
  });
}

async function* walkEntry(entry, prefix) {
  if (entry.isDirectory) {
    for (const child of await entriesOf(entry)) {
      yield* walkEntry(child, `${prefix}${entry.name}/`);
    }
  } else {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    yield { path: `${prefix}${entry.name}`, bytes: await bytesOf(file) };
  }
}

// The files of what was dropped: a .zip alone is unpacked; folders are walked.
export async function filesOfDrop(dataTransfer) {
  const entries = [...dataTransfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry) => entry);
  const dropped = [...dataTransfer.files];
  if (entries.length <= 1 && dropped.length === 1 && /\.zip$/i.test(dropped[0].name)) {
    return filesOfZip(dropped[0]);
  }
  const files = [];
  for (const entry of entries) {
    for await (const file of walkEntry(entry, "")) {
      files.push(file);
    }
  }
  return relativeToProject(files);
}

// The files of a .zip of the folder.
export async function filesOfZip(file) {
  return relativeToProject(await readZip(await file.arrayBuffer(), file.name));
}
