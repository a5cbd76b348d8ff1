// The quarter's job as the page and the add-in's pane both run it: the choices read from the
// form, the job run in the worker, and what every front end shows of it written into the
// elements both have (#quarter, #strict, #narrative, #publish, #progress, #run-status, #summary,
// and the problems).
import { stopMessage } from "./results_view.js";

const $ = (id) => document.getElementById(id);

// {result, outputs, made}: made, when the job made the dashboard (else #run-status says why).
export async function runJob(engine, problems) {
  $("progress").hidden = false;
  const { result, outputs } = await engine.ask({
    type: "run",
    choices: {
      quarter: $("quarter").value.trim(),
      strict: $("strict").checked,
      narrative: $("narrative").checked,
      publish: $("publish").checked,
    },
  });
  $("progress").value = 1;
  problems.show(result.diagnostics);
  const made = result.stop === "none";
  if (made) {
    const { errors, warnings, figures } = result.summary;
    $("summary").textContent =
      `${result.title}, ${result.quarter}: ${figures} figure(s); ${errors} error(s), ${warnings} warning(s).`;
  } else {
    $("run-status").textContent = stopMessage(result);
    $("summary").textContent = "";
  }
  return { result, outputs, made };
}
