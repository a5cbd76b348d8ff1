// The problems of a run, shown by file and severity as the analyst chooses with two selects.
import { diagnosticsView, fileOf } from "./results_view.js";

// `elements`: {fileSelect, severitySelect, target}, the two selects and where the table goes.
export class ProblemsFilter {
  constructor({ fileSelect, severitySelect, target }) {
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
