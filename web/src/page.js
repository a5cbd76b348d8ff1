// The page: the analyst gives the partnership folder, the engine (in a worker) makes the
// dashboard, and the page shows what it found and offers the outputs; where the browser can
// write to the folder picked, the outputs are written back into it.
import { boardReportView } from "./board_report_view.js";
import { dashboardView } from "./dashboard_view.js";
import { EngineWorker, progressOf } from "./engine_worker.js";
import { downloadLink } from "./download.js";
import { offerFolderChoices } from "./folder_choice.js";
import { mappingPaths, returnPaths } from "./folder_files.js";
import { ProblemsFilter } from "./problems_filter.js";
import { runJob } from "./job_run.js";
import { accountingView, checkView, returnsView } from "./results_view.js";
import { writeOutputs } from "./write_back.js";

const $ = (id) => document.getElementById(id);

const engine = new EngineWorker($("worker-source").textContent, {
  onProgress: showProgress,
  onLost: () => forgetFolder("The engine stopped; give the folder again."),
});
let folderHandle = null; // the folder picked, when the browser lets the page write to it
let loaded = false; // whether the engine in the worker holds a folder
const problems = new ProblemsFilter();

function showProgress(event) {
  const progress = progressOf(event);
  if (progress) {
    $("progress").value = progress.value;
    $("run-status").textContent = progress.text;
  }
}

// No folder to make the dashboard from, or to check a return of, until one is given: `why`.
function forgetFolder(why) {
  loaded = false;
  $("run").disabled = true;
  $("check").hidden = true;
  $("folder-status").textContent = why;
}

function folderLoaded(files, handle) {
  folderHandle = handle;
  loaded = true;
  $("run").disabled = false;
  fillCheckChoices(files);
}

function fillCheckChoices(files) {
  const returns = returnPaths(files);
  $("check-file").replaceChildren(...returns.map((path) => new Option(path, path)));
  $("check-mapping").replaceChildren(
    new Option("the one the job would choose", ""),
    ...mappingPaths(files).map((path) => new Option(path, path)),
  );
  $("check").hidden = returns.length === 0;
}

async function run() {
  $("run").disabled = true;
  $("make").setAttribute("aria-busy", "true");
  $("downloads").replaceChildren();
  try {
    const { result, outputs, made } = await runJob(engine, problems);
    $("results").hidden = false;
    // The internal draft, with every figure, not its published copy.
    const draft = outputs.find(({ path }) => path.endsWith(".md") && !path.includes("-published"));
    $("board-report-section").hidden = !made || !draft;
    if (!made) {
      $("dashboard").replaceChildren();
      $("board-report").replaceChildren();
      $("returns").replaceChildren();
      $("accounting").replaceChildren();
      return;
    }
    const text = ({ bytes }) => new TextDecoder().decode(bytes);
    const report = JSON.parse(text(outputs.find(({ path }) => path.endsWith(".json"))));
    $("dashboard").replaceChildren(dashboardView(report, result));
    $("board-report").replaceChildren(draft ? boardReportView(text(draft)) : "");
    $("returns").replaceChildren(returnsView(report, result.diagnostics));
    $("accounting").replaceChildren(accountingView(report.accounting));
    $("downloads").replaceChildren(...outputs.map(({ path, bytes }) => downloadLink(path, bytes)));
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
    const { result } = await engine.ask({
      type: "check",
      path: $("check-file").value,
      mapping: $("check-mapping").value,
    });
    $("check-result").replaceChildren(checkView(result));
  } catch (failure) {
    $("check-result").textContent = `The engine failed: ${failure.message}`;
  }
}

offerFolderChoices(engine, { loaded: folderLoaded, unreadable: forgetFolder });
$("run").addEventListener("click", run);
$("check-run").addEventListener("click", check);
