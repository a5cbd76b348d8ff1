// The page: the analyst gives the partnership folder, the engine (in a worker) makes the
// dashboard, and the page shows what it found and offers the outputs; where the browser can
// write to the folder picked, the outputs are written back into it.
import { dashboardView } from "./dashboard_view.js";
import { filesOfDirectoryHandle, filesOfDrop, filesOfZip } from "./folder_files.js";
import { accountingView, checkView, diagnosticsView, fileOf, returnsView } from "./results_view.js";
import { writeOutputs } from "./write_back.js";

const $ = (id) => document.getElementById(id);
const STAGES = ["configuration", "reading", "validation", "computation", "rendering", "writing"];
const STOPS = {
  project_errors: "scdash.yaml has mistakes (below), so nothing was read.",
  quarter_not_understood: "That quarter cannot be read:",
  outputs_over_inputs: "An output would replace an input or another output; nothing was read.",
  configuration_unreadable: "The configuration could not be read (below); nothing was read.",
  configuration_errors: "The mappings or template have mistakes (below); nothing was read.",
  returns_folder_unreadable: "The returns folder could not be found in the folder given.",
  return_unreadable: "A return could not be read; nothing was made.",
  no_quarter: "No figures were read, so there is no quarter to report: give one.",
  strict_errors:
    'Errors remain, so nothing was made (untick "Make nothing while any error remains" to see the dashboard with n/a figures).',
  rendering_failed: "The dashboard could not be made.",
  writing_failed: "The outputs could not be kept.",
};

const worker = new Worker(
  URL.createObjectURL(new Blob([$("worker-source").textContent], { type: "text/javascript" })),
);
let pending = null; // {resolve, reject} of the message awaited
let folderHandle = null; // the folder picked, when the browser lets the page write to it
let loaded = false; // whether the engine in the worker holds a folder
let files = [];
let diagnostics = [];

worker.onmessage = ({ data }) => {
  if (data.type === "progress") {
    showProgress(data.event);
  } else if (data.type === "failed") {
    if (data.lost) {
      forgetFolder("The engine stopped; give the folder again.");
    }
    pending?.reject(new Error(data.message));
  } else {
    pending?.resolve(data);
  }
};

function ask(message) {
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    worker.postMessage(message);
  });
}

function showProgress(event) {
  const bar = $("progress");
  if (event.event === "stage") {
    const index = STAGES.indexOf(event.stage);
    bar.value = index / STAGES.length;
    $("run-status").textContent = `${event.stage[0].toUpperCase()}${event.stage.slice(1)}…`;
  } else if (event.event === "file") {
    const reading = STAGES.indexOf("reading");
    bar.value = (reading + event.index / event.count) / STAGES.length;
    $("run-status").textContent = `Reading ${event.index} of ${event.count}: ${event.name}`;
  }
}

// No folder to make the dashboard from, or to check a return of, until one is given: `why`.
function forgetFolder(why) {
  loaded = false;
  $("run").disabled = true;
  $("check").hidden = true;
  $("folder-status").textContent = why;
}

async function takeFiles(given, description) {
  try {
    files = await given();
  } catch (failure) {
    // Not the folder given before either, which the analyst meant to replace.
    forgetFolder(`That folder cannot be read: ${failure.message}`);
    return;
  }
  const project = files.some(({ path }) => path === "scdash.yaml");
  $("folder-status").textContent =
    `${description}: ${files.length} file(s)${project ? "" : "; no scdash.yaml, so returns/, mappings/ and workbook-templates/safer-communities/ are looked for"}.`;
  await ask({ type: "load", files });
  loaded = true;
  $("run").disabled = false;
  fillCheckChoices();
}

function fillCheckChoices() {
  const returns = files
    .map(({ path }) => path)
    .filter((path) => /\.(xlsx|xlsm|xls|csv)$/i.test(path));
  $("check-file").replaceChildren(...returns.map((path) => new Option(path, path)));
  const mappings = files
    .map(({ path }) => path)
    .filter((path) => /\.ya?ml$/i.test(path) && path.includes("mappings/"));
  $("check-mapping").replaceChildren(
    new Option("the one the job would choose", ""),
    ...mappings.map((path) => new Option(path, path)),
  );
  $("check").hidden = returns.length === 0;
}

function download(path, bytes) {
  const name = path.split("/").pop();
  const type = name.endsWith(".json")
    ? "application/json"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = name;
  link.textContent = `Download ${name}`;
  link.className = "button";
  return link;
}

function showDiagnostics() {
  $("diagnostics").replaceChildren(
    diagnosticsView(diagnostics, {
      file: $("filter-file").value,
      severity: $("filter-severity").value,
    }),
  );
}

async function run() {
  $("run").disabled = true;
  $("make").setAttribute("aria-busy", "true");
  $("progress").hidden = false;
  $("downloads").replaceChildren();
  try {
    const { result, outputs } = await ask({
      type: "run",
      choices: { quarter: $("quarter").value.trim(), strict: $("strict").checked },
    });
    $("progress").value = 1;
    diagnostics = result.diagnostics;
    const diagnosed = [...new Set(diagnostics.map(({ location }) => fileOf(location)))].sort();
    $("filter-file").replaceChildren(
      new Option("every file", ""),
      ...diagnosed.map((file) => new Option(file, file)),
    );
    showDiagnostics();
    $("results").hidden = false;
    if (result.stop !== "none") {
      $("run-status").textContent = STOPS[result.stop] ?? result.stop;
      if (result.failure) {
        $("run-status").textContent += ` ${result.failure}`;
      }
      $("summary").textContent = "";
      $("dashboard").replaceChildren();
      $("returns").replaceChildren();
      $("accounting").replaceChildren();
      return;
    }
    const { errors, warnings, figures } = result.summary;
    $("summary").textContent =
      `${result.title}, ${result.quarter}: ${figures} figure(s); ${errors} error(s), ${warnings} warning(s).`;
    const report = JSON.parse(
      new TextDecoder().decode(outputs.find(({ path }) => path.endsWith(".json")).bytes),
    );
    $("dashboard").replaceChildren(dashboardView(report, result));
    $("returns").replaceChildren(returnsView(report, diagnostics));
    $("accounting").replaceChildren(accountingView(report.accounting));
    $("downloads").replaceChildren(...outputs.map(({ path, bytes }) => download(path, bytes)));
    $("run-status").textContent = `Made the dashboard for ${result.quarter}.`;
    if (folderHandle) {
      $("run-status").textContent += ` ${await writeOutputs(folderHandle, outputs)}`;
    }
  } catch (failure) {
    $("run-status").textContent = `The dashboard could not be made: ${failure.message}`;
  } finally {
    $("run").disabled = !loaded;
    $("make").setAttribute("aria-busy", "false");
  }
}

async function check() {
  $("check-result").textContent = "Checking…";
  try {
    const { result } = await ask({
      type: "check",
      path: $("check-file").value,
      mapping: $("check-mapping").value,
    });
    $("check-result").replaceChildren(checkView(result));
  } catch (failure) {
    $("check-result").textContent = `The engine failed: ${failure.message}`;
  }
}

if ("showDirectoryPicker" in window) {
  $("pick-folder").hidden = false;
  $("pick-folder").addEventListener("click", async () => {
    try {
      folderHandle = await window.showDirectoryPicker({ mode: "readwrite" });
    } catch {
      return; // the analyst cancelled
    }
    await takeFiles(() => filesOfDirectoryHandle(folderHandle), folderHandle.name);
  });
}
$("zip-input").addEventListener("change", async (event) => {
  const [zip] = event.target.files;
  if (zip) {
    folderHandle = null;
    await takeFiles(() => filesOfZip(zip), zip.name);
  }
});
const dropZone = $("drop-zone");
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("dropping");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dropping"));
dropZone.addEventListener("drop", async (event) => {
  event.preventDefault();
  dropZone.classList.remove("dropping");
  folderHandle = null;
  await takeFiles(() => filesOfDrop(event.dataTransfer), "What was dropped");
});
$("run").addEventListener("click", run);
$("check-run").addEventListener("click", check);
$("filter-file").addEventListener("change", showDiagnostics);
$("filter-severity").addEventListener("change", showDiagnostics);
