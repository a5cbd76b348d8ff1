// The problems of a run, shown by file and severity as the analyst chooses with two selects.
import { diagnosticsView, fileOf } from "./results_view.js";

// The elements are those of problems_filter.html, which the page and the pane both hold.
export class ProblemsFilter {
  constructor() {
    const [fileSelect, severitySelect, target] = [
      "filter-file",
      "filter-severity",
      "diagnostics",
    ].map((id) => document.getElementById(id));
    Object.assign(this, { fileSelect, severitySelect, target, diagnostics: [] });
    fileSelect.addEventListener("change", () => this.render());
    severitySelect.addEventListener("change", () => this.render());
  }

  show(diagnostics) {
    this.diagnostics = diagnostics;
    const files = [...new Set(diagnostics.map(({ location }) => fileOf(location)))].sort();
    this.fileSelect.replaceChildren(
      new Option("every file", ""),
      ...files.map((file) => new Option(file, file)),
    );
    this.render();
  }

  render() {
    this.target.replaceChildren(
      diagnosticsView(this.diagnostics, {
        file: this.fileSelect.value,
        severity: this.severitySelect.value,
      }),
    );
  }
}
