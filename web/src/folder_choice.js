// The ways the page and the Excel add-in offer to give the partnership folder, each wired to
// `take(given, description, handle)`: `given()` reads the files ([{path, bytes}]), `description`
// names what was given, and `handle` is the folder picked when the outputs can be written back
// into it (else null).
import {
  filesOfDirectoryHandle,
  filesOfDrop,
  filesOfFolderInput,
  filesOfZip,
} from "./folder_files.js";

// The choices are the elements of folder_choices.html, which the page and the pane both hold.
// Where the browser can pick a folder to write back into, the pick button takes the place of
// the folder input (within its label).
export function offerFolderChoices(take) {
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
