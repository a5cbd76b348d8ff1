#!/usr/bin/env python3
"""LibreOffice recalculates the demo dashboard's direction-of-travel formulas: they must give
the arrows the engine computed (report.json), and follow a corrected figure.

usage: recalculate_with_libreoffice.py SCDASH_EXE SOURCE_DIR
Runs scdash on the example returns, corrects two current figures in the workbook's XML (as an
officer would in Excel), has LibreOffice headless recalculate every formula on load and save
the Dashboard as CSV, and compares the arrows. Needs soffice (libreoffice-calc-nogui).
"""
import csv
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ARROWS = {"up": "\u2191", "down": "\u2193", "stable": "\u2192", None: "n/a"}
# LibreOffice's setting "recalculate Excel 2007 and later files on load: always".
ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode"
 oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated_rows(workbook, folder):
    """The Dashboard's rows as LibreOffice shows them after recalculating every formula."""
    profile = Path(folder) / "profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(ALWAYS_RECALCULATE)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(folder), str(workbook)], check=True, capture_output=True)
    with open(Path(folder) / (workbook.stem + ".csv"), encoding="utf-8", newline="") as text:
        return list(csv.reader(text))


def set_number(workbook, corrected, cell, value):
    """A copy of `workbook` whose Dashboard cell `cell` holds `value`, its only change."""
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(corrected, "w",
                                                              zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                xml, count = re.subn(f'(<c r="{cell}"[^>]*><v>)[^<]*(</v>)',
                                     lambda m: f"{m.group(1)}{value!r}{m.group(2)}", xml)
                assert count == 1, f"no number in {cell}"
                data = xml.encode()
            target.writestr(entry, data)


def main() -> int:
    scdash, source = sys.argv[1], Path(sys.argv[2])
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "dashboard.xlsx"
        subprocess.run([scdash, "run", "examples/returns", "--out", str(out)], cwd=source,
                       capture_output=True)
        report = json.loads((Path(folder) / "report.json").read_text())
        rows = recalculated_rows(out, Path(folder) / "as-written")
        header = rows[3]
        direction = next(i for i, heading in enumerate(header) if heading.startswith("Direction"))
        current = next(i for i, heading in enumerate(header) if heading.startswith("Current"))
        for offset, indicator in enumerate(report["indicators"]):
            row = rows[4 + offset]
            if row[direction] != ARROWS[indicator["direction"]]:
                problems.append(f"{indicator['label']}: LibreOffice computes {row[direction]!r}, "
                                f"the engine {indicator['direction']}")

        # Officers correct two figures: the first row's current figure to half again its
        # previous one (up), and the second's to its previous one (stable).
        first, second = report["indicators"][0], report["indicators"][1]
        column = chr(ord("A") + current)
        corrected = Path(folder) / "corrected.xlsx"
        set_number(out, Path(folder) / "step.xlsx", f"{column}5", first["previous"]["value"] * 1.5)
        set_number(Path(folder) / "step.xlsx", corrected, f"{column}6",
                   second["previous"]["value"])
        rows = recalculated_rows(corrected, Path(folder) / "corrected")
        for row, expected in ((rows[4], ARROWS["up"]), (rows[5], ARROWS["stable"])):
            if row[direction] != expected:
                problems.append(f"after a correction, {row[2]!r} shows {row[direction]!r}, "
                                f"not {expected!r}")
    for problem in problems:
        print(f"dashboard.xlsx: {problem}")
    print(f"{len(report['indicators'])} directions recalculated, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
