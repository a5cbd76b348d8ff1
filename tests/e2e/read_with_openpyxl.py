#!/usr/bin/env python3
"""Reads the dashboard scdash writes with openpyxl, a reader scdash does not share code with.

usage: read_with_openpyxl.py SCDASH_EXE SOURCE_DIR
Runs scdash on the example returns into a temporary folder, then checks that openpyxl loads
the workbook and finds the figures, notes and print set-up where the BI team expects them.
"""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import openpyxl


ARROWS = {"up": "\u2191", "down": "\u2193", "stable": "\u2192", None: "n/a"}


def check_live_formulas(formulas, saved, report, expect):
    """Each indicator's change and direction are formulas saved with report.json's results,
    and the arrow's colour rules judge each saved arrow as report.json does."""
    rules = {}
    for ranges in formulas.conditional_formatting:
        if str(ranges.sqref).startswith("G5"):
            for rule in ranges.rules:
                rules[rule.dxf.font.color.rgb] = rule.formula[0]
    expect(set(rules) == {"FF00B050", "FFC00000", "FF808080"},
           f"the direction column's colour rules are {rules}")
    # The polarity is in a hidden helper column of the Dashboard itself.
    found = re.search(r"\$([A-Z]+)5", rules.get("FF00B050", ""))
    expect(found is not None, f"the better rule reads no polarity: {rules}")
    polarity_column = found.group(1) if found else "A"
    for offset, indicator in enumerate(report["indicators"]):
        row = 5 + offset
        label, direction = indicator["label"], indicator["direction"]
        expect(str(saved[f"C{row}"].value).startswith(label), f"C{row} is not {label!r}")
        formula, arrow = formulas[f"G{row}"].value, saved[f"G{row}"].value
        expect(arrow == ARROWS[direction], f"G{row} ({label}) shows {arrow!r}, not {direction}")
        live = isinstance(formula, str) and formula.startswith("=IF(")
        expect(live == (direction is not None), f"G{row} ({label}) holds {formula!r}")
        change = indicator["change"]
        if change is not None:
            expected = change if indicator["change_unit"] == "percentage points" else change / 100
            expect(str(formulas[f"F{row}"].value).startswith("=IF(")
                   and abs(saved[f"F{row}"].value - expected) < 1e-12,
                   f"F{row} ({label}) holds {formulas[f'F{row}'].value!r} = "
                   f"{saved[f'F{row}'].value!r}, not {expected}")
        # The polarity the colour rules read, and the judgement they make of the saved arrow.
        polarity = saved[f"{polarity_column}{row}"].value
        expect(polarity == {"higher is better": 1, "lower is better": -1, "no polarity": 0}.get(
            indicator["polarity"]), f"{polarity_column}{row} is {polarity!r} for {indicator['polarity']}")
        if direction is not None:
            going = {"up": 1, "down": -1, "stable": 0}[direction]
            judged = ("better" if going * polarity > 0 else "worse" if going * polarity < 0
                      else "no judgement")
            expect(judged == indicator["judgement"],
                   f"G{row} ({label}) is coloured {judged}, not {indicator['judgement']}")


def main() -> int:
    scdash, source = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "dashboard.xlsx"
        subprocess.run([scdash, "run", "examples/returns", "--period", "2025/26-Q2",
                        "--out", str(out)], cwd=source, check=True, capture_output=True)
        with warnings.catch_warnings():
            # openpyxl does not read sparklines, and says so; the conformance of the sparkline
            # extension is checked by tests/render.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(out)
            # The results the formulas were saved with, as a reader that does not calculate sees.
            saved = openpyxl.load_workbook(out, data_only=True)
        problems = []
        checks = 0

        def expect(condition, what):
            nonlocal checks
            checks += 1
            if not condition:
                problems.append(what)

        expect(workbook.sheetnames == ["Dashboard", "Trends", "Districts", "Sources",
                                       "Data quality", "About"],
               f"sheets are {workbook.sheetnames}")
        sheet = workbook["Dashboard"]
        expect("2025/26 Q2" in str(sheet["A1"].value), f"title is {sheet['A1'].value!r}")
        expect(sheet["C5"].value == "Total crime rate (per 10,000 population)", "indicator label")
        expect(isinstance(sheet["E5"].value, float), f"E5 is {sheet['E5'].value!r}, not a number")
        expect(abs(sheet["E5"].value - 41167 / 712300 * 10000) < 1e-9, f"E5 is {sheet['E5'].value}")
        expect(sheet["E5"].number_format == "#,##0.00", f"E5 format {sheet['E5'].number_format}")
        expect(sheet["E5"].comment is not None and "41,167" in sheet["E5"].comment.text,
               "E5 has no note explaining its figure")
        # Racially or religiously aggravated crime is not available in 2025/26 Q2 (the example
        # returns mark it so): its current figure is n/a, and the note says why.
        aggravated = next(row for row in range(5, sheet.max_row + 1)
                          if str(sheet[f"C{row}"].value).startswith("Racially or religiously"))
        not_available = sheet[f"E{aggravated}"]
        expect(not_available.value == "n/a" and not_available.comment is not None
               and "Sentinel to ECINS" in not_available.comment.text,
               "an n/a cell has no note giving its reason")
        expect(sheet.page_setup.orientation == "landscape", "not landscape")
        expect(sheet.page_setup.paperSize in (8, "8"), f"paper {sheet.page_setup.paperSize}, not A3")
        expect(sheet.sheet_properties.pageSetUpPr.fitToPage, "not fitted to a page")
        expect(sheet.page_setup.fitToWidth in (1, None) and sheet.page_setup.fitToHeight in (1, None),
               "not fitted to one page")
        expect(not sheet.sheet_view.showGridLines, "gridlines shown")
        expect(sheet.freeze_panes == "A5", f"panes frozen at {sheet.freeze_panes}")
        expect(sheet.print_area is not None, "no print area")
        rules = {str(ranges.sqref): [rule.formula for rule in ranges.rules]
                 for ranges in sheet.conditional_formatting}
        expect(any(r.startswith("H5:H") and ['"G"'] in v for r, v in rules.items()),
               f"no RAG rule on the progress column: {rules}")
        check_live_formulas(sheet, saved["Dashboard"], json.loads((out.parent / "report.json").read_text()), expect)
        trends = workbook["Trends"]
        expect(trends["Y2"].value is not None and abs(trends["Y2"].value - sheet["E5"].value) < 1e-9,
               "the Trends sheet's last month is not the current figure")

        sources = workbook["Sources"]
        expect(sources["F1"].value == "SHA-256", f"Sources F1 is {sources['F1'].value!r}")
        first = sources["A2"].value or ""
        expect(first.startswith("returns/2023-24-Q3/"), f"Sources A2 is {first!r}")
        if (source / "examples" / first).is_file():
            checksum = hashlib.sha256((source / "examples" / first).read_bytes()).hexdigest()
            expect(sources["F2"].value == checksum, f"Sources F2 is {sources['F2'].value!r}")
        else:
            expect(False, f"Sources A2 names no example return: {first!r}")
        quality = workbook["Data quality"]
        expect([cell.value for cell in quality[1]] ==
               ["Severity", "Code", "Place", "Problem", "What to do"], "Data quality headings")
        severities = [row[0].value for row in quality.iter_rows(min_row=2)]
        expect(severities and "error" not in severities, f"severities {severities}")
        expect(quality["A2"].fill.fgColor.rgb == "FFFFEB9C",
               f"a warning's colour is {quality['A2'].fill.fgColor.rgb}")

        for problem in problems:
            print(f"dashboard.xlsx: {problem}")
        print(f"{checks - len(problems)} passed, {len(problems)} failed")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
