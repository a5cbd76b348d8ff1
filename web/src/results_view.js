// What a run found, beside the dashboard: each return with its mapping and status, every
// diagnostic by place (filterable), the accounting of files and cells, and one return's check.
import { h, table } from "./html.js";

const count = new Intl.NumberFormat("en-GB");

// The file a diagnostic's location names: "returns/a.xlsx!Sheet!C7" and "mappings/a.yaml:3:1"
// both name their file.
export function fileOf(location) {
  return location.split("!")[0].replace(/:\d+(:\d+)?$/, "");
}

function severityCell(severity) {
  const words = { error: "error", warning: "warning", info: "note" };
  return h("td", { class: `severity severity-${severity}` }, words[severity] ?? severity);
}

export function diagnosticsView(diagnostics, { file = "", severity = "" } = {}) {
  const shown = diagnostics.filter(
    (diagnostic) =>
      (!file || fileOf(diagnostic.location) === file) &&
      (!severity || diagnostic.severity === severity),
  );
  if (shown.length === 0) {
    return h("p", {}, "No problems to show.");
  }
  return table(
    `${count.format(shown.length)} of ${count.format(diagnostics.length)} shown`,
    ["Where", "Severity", "Problem", "What to do", "Code"],
    shown.map((diagnostic) => [
      h("td", { class: "where" }, diagnostic.location),
      severityCell(diagnostic.severity),
      diagnostic.message,
      diagnostic.hint ?? "",
      h("td", {}, h("code", {}, diagnostic.code)),
    ]),
  );
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

export function checkView(checked) {
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
        ["Measure", "Area", "Period", "Value", "Cell"],
        checked.figures.map((figure) => [
          figure.measure,
          checked.areas[figure.area] ?? figure.area,
          figure.period.label,
          figure.value === null
            ? (figure.not_available ?? figure.rejected ?? "n/a")
            : count.format(figure.value),
          h("td", { class: "where" }, figure.cell),
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
  parts.push(diagnosticsView(checked.diagnostics));
  return h("div", {}, parts);
}
