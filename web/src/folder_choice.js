// The ways the page and the Excel add-in offer to give the partnership folder, and the folder
// given handed to the engine. Whichever way it comes, #folder-status says what was given, and
// then `loaded(files, handle)` hears the files ([{path, bytes}]) and the folder picked when the
// outputs can be written back into it (else null); or `unreadable(why)` hears that nothing
// could be read, so that the folder given before is forgotten too (the analyst meant to
// replace it).
import {
  filesOfDirectoryHandle,
  filesOfDrop,
  filesOfFolderInput,
  filesOfZip,
} from "./folder_files.js";

async function give(engine, { loaded, unreadable }, read, description, handle) {
  let files;
  try {
    files = await read();
  } catch (failure) {
    unreadable(`That folder cannot be read: ${failure.message}`);
    return;
  }
  const project = files.some(({ path }) => path === "scdash.yaml");
  document.getElementById("folder-status").textContent =
    `${description}: ${files.length} file(s)${project ? "" : "; no scdash.yaml, so returns/, mappings/ and workbook-templates/safer-communities/ are looked for"}.`;
  try {
    await engine.ask({ type: "load", files });
  } catch (failure) {
    unreadable(`The engine could not take the folder: ${failure.message}`);
    return;
  }
  loaded(files, handle);
}

// The choices are the elements of folder_choices.html, which the page and the pane both hold.
// Where the browser can pick a folder to write back into, the pick button takes the place of
// the folder input (within its label).
export function offerFolderChoices(engine, listeners) {
  const take = (read, description, handle) => give(engine, listeners, read, description, handle);
  const [pickButton, folderInput, zipInput, dropZone] = [
    "pick-folder",
    "folder-input",
    "zip-input",
    "drop-zone",
  ].map((id) => document.getElementById(id));
  if ("showDirectoryPicker" in window) {
    pickButton.hidden = false;
    folderInput.closest("label").hidden = true;
    pickButton.addEventListener("click", async () => {
      let handle;
      try {
        handle = await window.showDirectoryPicker({ mode: "readwrite" });
      } catch {
        return; // the analyst cancelled
      }
      await take(() => filesOfDirectoryHandle(handle), handle.name, handle);
    });
  }
  folderInput.addEventListener("change", async () => {
    const chosen = [...folderInput.files];
    if (chosen.length > 0) {
      const top = chosen[0].webkitRelativePath.split("/")[0] || "The folder chosen";
      await take(() => filesOfFolderInput(chosen), top, null);
    }
  });
  zipInput.addEventListener("change", async () => {
    const [zip] = zipInput.files;
    if (zip) {
      await take(() => filesOfZip(zip), zip.name, null);
    }
  });
  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    dropZone.classList.add("dropping");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dropping"));
  dropZone.addEventListener("drop", async (event) => {
    event.preventDefault();
    dropZone.classList.remove("dropping");
    await take(() => filesOfDrop(event.dataTransfer), "What was dropped", null);
  });
}
