// The Excel add-in's task pane: the partnership folder given here, the dashboard built by the
// engine (in a worker) and opened as a new workbook, and the workbook open in Excel checked
// with the folder's mappings, each problem a way to its cell. The ribbon's two buttons open
// this pane at "Build dashboard" (#build) or "Check this return" (#check).
import { downloadLink } from "../download.js";
import { EngineWorker, progressOf } from "../engine_worker.js";
import { offerFolderChoices } from "../folder_choice.js";
import { mappingPaths } from "../folder_files.js";
import { h } from "../html.js";
import { ProblemsFilter } from "../problems_filter.js";
import { runJob } from "../job_run.js";
import { checkView, diagnosticsView } from "../results_view.js";
import { ExcelBridge } from "./excel_bridge.js";
import { placeIn } from "./places.js";

// The open workbook is kept in the engine's folder apart from the returns (a hidden folder,
// which the job's discovery skips), so that checking it never changes what a run reads.
const OPEN_WORKBOOK_FOLDER = ".excel-open-workbook";

const $ = (id) => document.getElementById(id);
const engine = new EngineWorker($("worker-source").textContent, {
  onProgress: showProgress,
  onLost: () => forgetFolder("The engine stopped; give the folder again."),
});
const problems = new ProblemsFilter();
let excel = null; // the ExcelBridge, once Office.js says the pane is in Excel
let loaded = false; // whether the engine holds a folder
let dashboard = null; // the bytes of the dashboard last built

function showProgress(event) {
  const progress = progressOf(event);
  if (progress) {
    $("progress").value = progress.value;
    $("run-status").textContent = progress.text;
  }
}

function enableActions() {
  $("run").disabled = !loaded;
  $("check-run").disabled = !loaded || !excel;
  $("draft-run").disabled = !loaded || !excel;
}

function forgetFolder(why) {
  loaded = false;
  $("folder-status").textContent = why;
  enableActions();
}

function folderLoaded(files) {
  loaded = true;
  $("check-mapping").replaceChildren(
    new Option("the one the job would choose", ""),
    ...mappingPaths(files).map((path) => new Option(path, path)),
  );
  enableActions();
}

async function openDashboard() {
  $("open-status").textContent = "Opening the dashboard in Excel…";
  try {
    await excel.openWorkbook(dashboard);
    $("open-status").textContent = "The dashboard is open as a new workbook.";
  } catch (failure) {
    $("open-status").textContent =
      `Excel could not open the dashboard (${failure.message}): use the download.`;
  }
}

async function build() {
  $("run").disabled = true;
  $("build").setAttribute("aria-busy", "true");
  $("open-dashboard").hidden = true;
  $("open-status").textContent = "";
  $("downloads").replaceChildren();
  try {
    const { result, outputs, made } = await runJob(engine, problems);
    $("problems").hidden = false;
    if (!made) {
      return;
    }
    $("downloads").replaceChildren(...outputs.map(({ path, bytes }) => downloadLink(path, bytes)));
    $("run-status").textContent = `Built the dashboard for ${result.quarter}.`;
    dashboard = outputs.find(({ path }) => path.endsWith(".xlsx")).bytes;
    if (excel?.canOpenWorkbooks()) {
      $("open-dashboard").hidden = false;
      await openDashboard();
    }
  } catch (failure) {
    $("run-status").textContent = `The dashboard could not be built: ${failure.message}`;
  } finally {
    $("build").setAttribute("aria-busy", "false");
    enableActions();
  }
}

// The workbook open in Excel, as it is now, put in the engine's folder: its name and path there.
async function addOpenWorkbook() {
  const name = excel.workbookName();
  const bytes = await excel.workbookBytes();
  const path = `${OPEN_WORKBOOK_FOLDER}/${name}`;
  await engine.ask({ type: "add", path, bytes }, [bytes.buffer]);
  return { name, path };
}

// A place in the open workbook is a button that selects its cell; any other, plain text.
function placeFor(name) {
  return (location) => {
    const place = placeIn(location, name);
    if (!place) {
      return h("td", { class: "where" }, location);
    }
    const go = async () => {
      try {
        await excel.select(place);
      } catch (failure) {
        $("check-status").textContent = `Excel could not go to ${location}: ${failure.message}`;
      }
    };
    // The file is the one open, so the sheet and cell say enough in a narrow pane.
    const words = place.cell ? `${place.sheet}!${place.cell}` : place.sheet;
    return h(
      "td",
      { class: "where" },
      h("button", { type: "button", class: "place", title: `Go to ${words}`, onclick: go }, words),
    );
  };
}

async function check() {
  $("check-status").textContent = "Reading the workbook from Excel…";
  $("check-result").replaceChildren();
  try {
    const { name, path } = await addOpenWorkbook();
    $("check-status").textContent = `Checking ${name}…`;
    const { result } = await engine.ask({
      type: "check",
      path,
      mapping: $("check-mapping").value,
      displayName: name,
    });
    $("check-status").textContent = `${name}, as it is open in Excel now:`;
    $("check-result").replaceChildren(checkView(result, placeFor(name)));
  } catch (failure) {
    $("check-status").textContent = `The return could not be checked: ${failure.message}`;
  }
}

async function draft() {
  $("check-status").textContent = "Reading the workbook from Excel…";
  try {
    const { name, path } = await addOpenWorkbook();
    const { result } = await engine.ask({ type: "draft", path, displayName: name });
    if (result.yaml === null) {
      $("check-status").textContent = `No mapping could be drafted for ${name}:`;
      $("check-result").replaceChildren(diagnosticsView(result.diagnostics, {}, placeFor(name)));
      return;
    }
    $("check-status").textContent = `Drafted a mapping for ${name}.`;
    $("draft-yaml").value = result.yaml;
    const file = `mappings/${name.replace(/\.[^.]*$/, "")}.yaml`;
    $("draft-save").replaceChildren(
      downloadLink(file, new TextEncoder().encode(result.yaml), "Save as"),
    );
    $("draft").hidden = false;
  } catch (failure) {
    $("check-status").textContent = `No mapping could be drafted: ${failure.message}`;
  }
}

async function copyDraft() {
  try {
    await navigator.clipboard.writeText($("draft-yaml").value);
    $("check-status").textContent = "Copied the mapping.";
  } catch {
    // Some Office windows keep the clipboard from add-ins: the text is selected to copy by hand.
    $("draft-yaml").select();
    $("check-status").textContent = "Press Ctrl+C to copy the selected mapping.";
  }
}

offerFolderChoices(engine, { loaded: folderLoaded, unreadable: forgetFolder });
$("run").addEventListener("click", build);
$("open-dashboard").addEventListener("click", openDashboard);
$("check-run").addEventListener("click", check);
$("draft-run").addEventListener("click", draft);
$("draft-copy").addEventListener("click", copyDraft);
// The ribbon's buttons open the pane at taskpane.html#build or #check; in a pane already open,
// only the fragment changes, so the folder given stays.
function showSection() {
  const section = location.hash.slice(1);
  if (section === "build" || section === "check") {
    $(section).scrollIntoView();
    $(section).querySelector("button:not([disabled])")?.focus();
  }
}
showSection();
window.addEventListener("hashchange", showSection);

if (typeof Office === "undefined") {
  $("office-status").textContent =
    "Office.js did not load (office/office.js beside this page), so this pane cannot reach Excel.";
} else {
  Office.onReady(({ host }) => {
    if (host === Office.HostType.Excel) {
      excel = new ExcelBridge(Office, Excel);
      $("office-status").textContent = "";
    } else {
      $("office-status").textContent =
        "This is scdash's Excel add-in: open it from Excel's ribbon to check a return or open the dashboard in Excel.";
    }
    enableActions();
  });
}
