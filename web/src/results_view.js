// What a run found, beside the dashboard: each return with its mapping and status, every
// diagnostic by place (filterable), the accounting of files and cells, and one return's check.
import { h, table } from "./html.js";

const count = new Intl.NumberFormat("en-GB");

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

// Why a run made nothing, in the analyst's words (`result.stop` is not "none").
export function stopMessage(result) {
  const why = STOPS[result.stop] ?? result.stop;
  return result.failure ? `${why} ${result.failure}` : why;
}

// A place as plain text; the add-in gives its own, which selects the cell in Excel.
const placeText = (location) => h("td", { class: "where" }, location);

// The file a diagnostic's location names: "returns/a.xlsx!Sheet!C7" and "mappings/a.yaml:3:1"
// both name their file.
export function fileOf(location) {
  return location.split("!")[0].replace(/:\d+(:\d+)?$/, "");
}

function severityCell(severity) {
  const words = { error: "error", warning: "warning", info: "note" };
  return h("td", { class: `severity severity-${severity}` }, words[severity] ?? severity);
}

// `place(location)` makes the "Where" cell.
export function diagnosticsView(diagnostics, { file = "", severity = "" } = {}, place = placeText) {
  const shown = diagnostics.filter(
    (diagnostic) =>
      (!file || fileOf(diagnostic.location) === file) &&
      (!severity || diagnostic.severity === severity),
  );
  if (shown.length === 0) {
    return h("p", {}, "No problems to show.");
  }
  const problems = table(
    `${count.format(shown.length)} of ${count.format(diagnostics.length)} shown`,
    ["Where", "Severity", "Problem", "What to do", "Code"],
    shown.map((diagnostic) => [
      place(diagnostic.location),
      severityCell(diagnostic.severity),
      diagnostic.message,
      diagnostic.hint ?? "",
      h("td", {}, h("code", {}, diagnostic.code)),
    ]),
  );
  problems.classList.add("problems");
  return problems;
}

// Each file of the returns folder: the mapping that read it and how many figures, or what
// became of it, with its errors and warnings counted.
export function returnsView(report, diagnostics) {
  const problems = (file, severity) =>
    diagnostics.filter(
      (diagnostic) => diagnostic.severity === severity && fileOf(diagnostic.location) === file,
    ).length;
  const rows = report.inputs
    .filter((input) => input.kind === "return")
    .map((input) => {
      const errors = problems(input.file, "error");
      const warnings = problems(input.file, "warning");
      const status =
        errors > 0 ? `${errors} error(s)` : warnings > 0 ? `${warnings} warning(s)` : "read";
      return [
        h("td", { class: "where" }, input.file),
        input.mapping,
        count.format(input.observations),
        h(
          "td",
          { class: errors > 0 ? "severity-error" : warnings > 0 ? "severity-warning" : "" },
          status,
        ),
      ];
    });
  return table(`${rows.length} return(s) read`, ["Return", "Mapping", "Figures", "Status"], rows);
}

export function accountingView(accounting) {
  const cells = accounting.cells_in_mapped_regions;
  return h(
    "ul",
    {},
    h(
      "li",
      {},
      `${count.format(accounting.files_in_folder)} file(s) in the returns folder: ${count.format(accounting.files_read)} read, ${count.format(accounting.files_reported)} reported, ${count.format(accounting.files_unaccounted)} unaccounted for.`,
    ),
    h(
      "li",
      {},
      `${count.format(cells.non_empty)} non-empty cell(s) in mapped regions: ${count.format(cells.read)} read, ${count.format(cells.with_problems)} with problems, ${count.format(cells.left_out_by_where)} left out by 'where'.`,
    ),
    h(
      "li",
      {},
      `${count.format(accounting.figures)} figure(s), ${count.format(accounting.figures_rejected)} rejected. ${accounting.balanced ? "Every file and cell is accounted for." : "The accounting does not balance: this is a bug in scdash; please report it."}`,
    ),
  );
}

// `place(location)` makes the cells that name where a figure or problem is.
export function checkView(checked, place = placeText) {
  const stops = {
    no_usable_mapping: "No mapping could be loaded.",
    unreadable: "The return could not be opened.",
    no_mapping_reads: "No mapping's 'files' (or fingerprint) fits this return.",
  };
  const parts = [];
  if (checked.stop !== "none") {
    parts.push(h("p", { class: "severity-error" }, stops[checked.stop] ?? checked.stop));
  } else {
    parts.push(
      h(
        "p",
        {},
        `Read with ${checked.mapping}: ${checked.description}. ${count.format(checked.figures.length)} figure(s) from ${count.format(checked.cells.non_empty)} non-empty cell(s).`,
      ),
    );
    parts.push(
      table(
        "Figures read",
        ["Cell", "Measure", "Area", "Period", "Value"],
        checked.figures.map((figure) => [
          place(figure.cell),
          figure.measure,
          checked.areas[figure.area] ?? figure.area,
          figure.period.label,
          figure.value === null
            ? (figure.not_available ?? figure.rejected ?? "n/a")
            : count.format(figure.value),
        ]),
      ),
    );
  }
  if (checked.configuration_broken) {
    parts.push(
      h(
        "p",
        { class: "severity-warning" },
        "Another mapping in the folder has errors: the whole job would refuse to start.",
      ),
    );
  }
  parts.push(diagnosticsView(checked.diagnostics, {}, place));
  return h("div", {}, parts);
}
