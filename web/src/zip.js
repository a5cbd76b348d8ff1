// The files of a .zip of the partnership folder, read in the browser: the central directory
// (zip64 too), each entry stored or deflated (DecompressionStream), its CRC-32 checked. An entry
// that cannot be read is an error naming the archive and the entry, never a file left out.
import { crc32 } from "./crc32.js";

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipError extends Error {}

function findEndOfDirectory(view, fail) {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      return at;
    }
  }
  fail("is not a .zip archive, or is cut short (it has no central directory)");
}

// Where the central directory is and how many entries it has, zip64 or not.
function directoryBounds(view, fail) {
  const end = findEndOfDirectory(view, fail);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) {
      fail("is damaged: its zip64 directory cannot be found");
    }
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_END_OF_DIRECTORY) {
      fail("is damaged: its zip64 directory cannot be found");
    }
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  return { count, offset };
}

// The sizes and offset of an entry, from its zip64 extra field where the fixed fields are full.
function zip64Values(view, extraStart, extraLength, entry) {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "offset"]) {
        if (entry[key] === 0xffffffff && field + 8 <= at + 4 + size) {
          entry[key] = Number(view.getBigUint64(field, true));
          field += 8;
        }
      }
    }
    at += 4 + size;
  }
}

function readDirectory(view, fail) {
  const { count, offset } = directoryBounds(view, fail);
  const decoder = new TextDecoder();
  const entries = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      fail(`is damaged: entry ${i + 1} of its directory cannot be read`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
    };
    zip64Values(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflate(compressed, size, failEntry) {
  const stream = new Blob([compressed])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const out = new Uint8Array(size);
  let filled = 0;
  try {
    for await (const chunk of stream) {
      if (filled + chunk.length > size) {
        failEntry("expands beyond the size its archive declares");
      }
      out.set(chunk, filled);
      filled += chunk.length;
    }
  } catch (failure) {
    if (failure instanceof ZipError) {
      throw failure;
    }
    failEntry("is damaged: it cannot be decompressed");
  }
  if (filled !== size) {
    failEntry("is cut short");
  }
  return out;
}

// A path inside the folder, or an error: no absolute paths and no way out by "..".
function safePath(name, failEntry) {
  const parts = name
    .replaceAll("\\", "/")
    .split("/")
    .filter((part) => part !== "" && part !== ".");
  if (name.startsWith("/") || parts.includes("..")) {
    failEntry("has a path outside the folder");
  }
  return parts.join("/");
}

// [{path, bytes}] for every file in the archive (`bytes`: a Uint8Array), in the order the
// archive lists them; folders are implied by paths. `name` is how errors name the archive.
export async function readZip(buffer, name) {
  const view = new DataView(buffer);
  const fail = (problem) => {
    throw new ZipError(`${name} ${problem}`);
  };
  const files = [];
  for (const entry of readDirectory(view, fail)) {
    const failEntry = (problem) => {
      throw new ZipError(`${name}: the entry ${entry.name} ${problem}`);
    };
    if (entry.name.endsWith("/")) {
      continue; // a folder
    }
    const path = safePath(entry.name, failEntry);
    if (entry.flags & 1) {
      failEntry("is encrypted; zip the folder again without a password");
    }
    const at = entry.offset;
    if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
      failEntry("cannot be found in the archive");
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > view.byteLength) {
      failEntry("is cut short");
    }
    const compressed = new Uint8Array(buffer, start, entry.compressedSize);
    let bytes;
    if (entry.method === 0) {
      bytes = compressed.slice();
    } else if (entry.method === 8) {
      bytes = await inflate(compressed, entry.size, failEntry);
    } else {
      failEntry(`is compressed with method ${entry.method}, which a browser cannot read`);
    }
    if (crc32(bytes) !== entry.crc) {
      failEntry("is damaged: its contents do not match their checksum (CRC)");
    }
    files.push({ path, bytes });
  }
  return files;
}
