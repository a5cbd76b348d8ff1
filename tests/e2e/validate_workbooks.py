#!/usr/bin/env python3
"""Every kind of workbook scdash writes, and its board report, pass the ECMA-376 Transitional
schemas, part by part.

usage: validate_workbooks.py SCDASH_EXE SOURCE_DIR VALIDATOR
Runs scdash on the example returns with the example template (the demo's dashboard, whose
parts are the golden copies, its board-report.docx, and their published copies), then with layouts that use every optional layout feature (column
sparklines on a shared axis, a group per row, the average columns, A4), and on the Police and
Crime Plan example (its targets, gaps and classification colours), and has VALIDATOR
(validate-ooxml, beside the project in ../shared/tools, which checks each XML part with
xmllint) check every workbook. No copy of Excel is at hand, and element order or an unknown
attribute is what makes Excel offer to "repair" a workbook: the schemas catch both.
Exits 0 when every part of every workbook is valid, 77 (skipped) when VALIDATOR is missing.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Layouts over the example template's dashboard.yaml: each a layout.yaml.
LAYOUTS = {
    "columns-shared-a4": """paper: A4
columns: [outcome, overall_rag, indicator, previous, current, change, direction, progress_rag,
          trajectory, nearest_neighbour, county_comparison, regional_average, national_average,
          districts]
sparklines: {type: column, grouping: shared, markers: {first: on, negative: on}}
""",
    "lines-per-row": """sparklines: {grouping: per_row, markers: {high: off, low: off}}
columns: [indicator, current, change, direction, trajectory]
""",
}


def run_scdash(scdash, source, out, template, *options, example=""):
    """`example`: the folder of an example project under examples/, or the root's example."""
    project = source / "examples" / example if example else source
    returns = project / "returns" if example else source / "examples/returns"
    result = subprocess.run([scdash, "run", str(returns), "--mappings",
                             str(project / "mappings"), "--template", str(template), "--out",
                             str(out), *options], capture_output=True, text=True)
    if result.returncode > 1 or not out.exists():
        sys.exit(f"scdash run with {template} failed ({result.returncode}):\n{result.stderr}")


def main(scdash, source, validator):
    source = Path(source)
    if not Path(validator).is_file():
        print(f"skipped: the schema checker {validator} is not here (it lives beside the "
              "project, in ../shared/tools, with the schemas in ../shared/ooxml-schemas)")
        return 77
    template = source / "workbook-templates/safer-communities"
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        workbooks = [folder / "demo.xlsx", folder / "board-report.docx",
                     folder / "demo-published.xlsx", folder / "board-report-published.docx"]
        run_scdash(scdash, source, workbooks[0], template, "--narrative", "--publish")
        for name, layout in LAYOUTS.items():
            variant = folder / name
            variant.mkdir()
            shutil.copy(template / "dashboard.yaml", variant)
            (variant / "layout.yaml").write_text(layout)
            workbooks.append(folder / f"{name}.xlsx")
            run_scdash(scdash, source, workbooks[-1], variant)
        scorecard = [folder / "scorecard.xlsx", folder / "scorecard-published.xlsx"]
        run_scdash(scdash, source, scorecard[0], source / "workbook-templates/police-and-crime-plan",
                   "--publish", example="police-and-crime-plan")
        workbooks += scorecard
        result = subprocess.run([sys.executable, validator, *map(str, workbooks)],
                                capture_output=True, text=True)
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        if result.returncode != 0 or "not checked" in result.stdout:
            return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
