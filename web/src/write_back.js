// Writing the outputs back into the folder the analyst picked (File System Access API), all or
// none: every output is written to its swap file first, and only when all are written are they
// committed, so that a failure leaves the previous dashboard and report as they were. (The browser
// commits each file on its own: one that failed to commit after another had would leave them
// apart, which a write that has already succeeded to its swap file makes unlikely.)

async function handleFor(folder, path) {
  const parts = path.split("/");
  let directory = folder;
  for (const part of parts.slice(0, -1)) {
    directory = await directory.getDirectoryHandle(part, { create: true });
  }
  return directory.getFileHandle(parts.at(-1), { create: true });
}

// Writes `outputs` ([{path, bytes}]) under `folder`; says what became of them.
export async function writeOutputs(folder, outputs) {
  const writables = [];
  try {
    for (const { path, bytes } of outputs) {
      const writable = await (await handleFor(folder, path)).createWritable();
      writables.push(writable);
      await writable.write(bytes);
    }
  } catch (failure) {
    await Promise.all(writables.map((writable) => writable.abort().catch(() => {})));
    return `Nothing was written into the folder (${failure.message}), so its previous dashboard and report are unchanged; use the downloads.`;
  }
  for (const writable of writables) {
    await writable.close(); // the swap file replaces the file
  }
  return `Wrote ${outputs.map(({ path }) => path).join(" and ")} into the folder.`;
}
