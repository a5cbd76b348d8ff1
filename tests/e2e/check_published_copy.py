#!/usr/bin/env python3
"""The demo's published copy withholds every figure it should, everywhere, and is accessible.

usage: check_published_copy.py SCDASH_EXE SOURCE_DIR
Runs `scdash run --publish --narrative --pdf` on the example returns, then, with readers that
share no code with scdash (openpyxl, pdfinfo, pdftotext):
- every figure the internal copy's Suppression sheet lists is [c] in the published workbook, on
  the Dashboard and the Districts sheet; its row of the Dashboard, hidden columns included,
  holds none of its numbers (its value and interval, as the internal copy holds them) but as
  another district's figure, and its line on the Notes sheet none at all; a number of it that
  is not whole (an interval, a rate), which no other figure would share, is in no part of any
  published output: cells, tables, notes, the board report's docx and Markdown, the PDF's text.
  (The demo withholds counts, whole and without intervals; the render tests withhold a rate.)
- the published workbook's document properties give its title, subject, author and language;
  it opens on a cover sheet; its supporting sheets are each one Excel table from A1 over every
  row, with no merged cells;
- every text on the Dashboard sheet, on its own fill or on a conditional format's, has a
  contrast of at least 4.5:1 (WCAG 2.2 AA);
- the published PDF is tagged, with the title and the language.
"""
import argparse
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl

from example_run import run_example

READABLE = 4.5


def fail(message):
    sys.exit(f"check_published_copy: {message}")


def rows(sheet):
    """The sheet's rows under its heading row, as dictionaries by heading."""
    values = list(sheet.iter_rows(values_only=True))
    headings = values[0]
    return [dict(zip(headings, row)) for row in values[1:]]


def withheld_numbers(internal, figure):
    """Each `figure` ("current" or "previous") the Suppression sheet lists, with the numbers the
    internal copy holds for it."""
    decisions = [(row["Indicator"], row["Area"]) for row in rows(internal["Suppression"])
                 if row["Figure"] == figure]
    districts = {(row["Indicator"], row["Area"]): row for row in rows(internal["Districts"])}
    keys = ("Value", "Lower 95%", "Upper 95%") if figure == "current" else ("Previous",)
    withheld = {}
    for decision in decisions:
        row = districts.get(decision)
        if row is None:
            fail(f"the internal Districts sheet has no row for {decision}")
        numbers = [row[key] for key in keys]
        withheld[decision] = [n for n in numbers if isinstance(n, (int, float))]
    return withheld


def check_previous_withheld(internal, published):
    """A district's previous figure withheld is [c] on the Districts sheet, and its note (which
    gives a shown one, for the change) does not give it."""
    withheld = withheld_numbers(internal, "previous")
    published_districts = {(row["Indicator"], row["Area"]): row
                           for row in rows(published["Districts"])}
    notes = rows(published["Notes"])
    for (indicator, area), numbers in withheld.items():
        if published_districts[(indicator, area)]["Previous"] != "[c]":
            fail(f"the Districts sheet shows the previous figure of {indicator}, {area}")
        for note in notes:
            if note["Row of the Dashboard"] == indicator and note["Figure"] == area:
                if "Previous period" in note["What the note says"]:
                    fail(f"the note on {indicator}, {area} gives its withheld previous figure")
    return len(withheld)


def spellings(number):
    """How a number can be written in a part: the workbook's XML and Python's shortest forms."""
    return {repr(float(number)), "%.16G" % number, "%.15G" % number}


def package_texts(path):
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}


def check_withheld(internal, published_paths, published):
    withheld = withheld_numbers(internal, "current")
    if len(withheld) < 5:
        fail(f"the demo withholds {len(withheld)} figures; the test expects its five")
    exact = set()
    for numbers in withheld.values():
        for number in numbers:
            if float(number) != int(number):  # an integer such as 4 is in many a figure
                exact |= spellings(number)
    texts = {}
    for path in published_paths:
        if path.suffix in (".xlsx", ".docx"):
            for name, text in package_texts(path).items():
                texts[f"{path.name}!{name}"] = text
        elif path.suffix == ".pdf":
            texts[path.name] = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                              text=True, check=True).stdout
        else:
            texts[path.name] = path.read_text()
    for place, text in texts.items():
        for spelling in exact:
            if re.search(rf"(?<![0-9.]){re.escape(spelling)}(?![0-9])", text):
                fail(f"{place} holds {spelling}, a number of a withheld figure")

    dashboard = published["Dashboard"]
    labels = {}
    for row in dashboard.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, str):
                labels[re.sub(r" \[note \d+\]$", "", cell.value)] = cell.row
    headings = {cell.value: cell.column for cell in dashboard[4] if cell.value}
    districts = {row["Area"]: row["Label"] for row in rows(published["Districts"])}
    published_districts = {(row["Indicator"], row["Area"]): row
                           for row in rows(published["Districts"])}
    notes = rows(published["Notes"])
    district_columns = {headings[label] for label in districts.values()}
    for (indicator, area), numbers in withheld.items():
        # The row, hidden columns and all, holds none of its numbers but as another district's.
        row_cells = dashboard[labels[indicator]]
        others = {c.value for c in row_cells if c.column in district_columns}
        for cell in row_cells:
            if cell.value in numbers and cell.value not in others:
                fail(f"Dashboard!{cell.coordinate} holds {cell.value}, withheld for {area}")
        shown = dashboard.cell(labels[indicator], headings[districts[area]]).value
        if shown != "[c]":
            fail(f"the Dashboard shows {shown!r} for {indicator}, {area}")
        row = published_districts[(indicator, area)]
        if row["Value"] != "[c]" or row["Lower 95%"] is not None or row["Upper 95%"] is not None:
            fail(f"the Districts sheet shows {indicator}, {area}: {row}")
        said = [n["What the note says"] for n in notes
                if n["Row of the Dashboard"] == indicator and n["Figure"] == area]
        if len(said) != 1 or not said[0].startswith("Withheld to protect confidentiality"):
            fail(f"the Notes sheet says of {indicator}, {area}: {said}")
        for number in numbers:
            for form in {f"{number:g}", f"{number:,.2f}", f"{number:,.1f}"}:
                if re.search(rf"(?<![0-9.,]){re.escape(form)}(?![0-9])", said[0]):
                    fail(f"the note on {indicator}, {area} gives {form}: {said[0]}")
    return len(withheld), len(texts)


def check_structure(published):
    properties = published.properties
    for name in ("title", "subject", "creator", "language"):
        if not getattr(properties, name):
            fail(f"the document properties have no {name}")
    if properties.creator != "Leicestershire County Council, Community Safety Team":
        fail(f"the document's author is {properties.creator!r}")
    if properties.language != "en-GB":
        fail(f"the document's language is {properties.language!r}")
    if published.sheetnames[0] != "Cover" or published.active.title != "Cover":
        fail(f"the workbook opens on {published.active.title}, of {published.sheetnames}")
    tables = 0
    for sheet in published.worksheets:
        if sheet.title in ("Cover", "Dashboard"):
            continue
        if len(sheet.tables) != 1:
            fail(f"the {sheet.title} sheet has {len(sheet.tables)} tables")
        table = next(iter(sheet.tables.values()))
        if table.ref != f"A1:{sheet.cell(sheet.max_row, sheet.max_column).coordinate}":
            fail(f"the {sheet.title} sheet's table is {table.ref}, its cells "
                 f"A1:{sheet.cell(sheet.max_row, sheet.max_column).coordinate}")
        if sheet.merged_cells.ranges:
            fail(f"the {sheet.title} sheet merges {sheet.merged_cells.ranges}")
        for row in sheet.iter_rows(min_row=2, values_only=True):
            if all(value is None for value in row):
                fail(f"the {sheet.title} sheet has a blank row")
        tables += 1
    return tables


def rgb(colour, default):
    """0xRRGGBB of an openpyxl colour: its rgb, the theme's dark 1 or light 1, or `default`."""
    if colour is None:
        return default
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        return int(colour.rgb[-6:], 16)
    if colour.type == "theme":
        return {0: 0xFFFFFF, 1: 0x000000}.get(colour.theme, default)
    return default


def luminance(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first, second):
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def cell_colours(cell):
    fill = cell.fill
    background = 0xFFFFFF
    if fill is not None and fill.fill_type == "solid":
        background = rgb(fill.fgColor, 0xFFFFFF)
    return rgb(cell.font.color if cell.font else None, 0x000000), background


def check_contrast(sheet):
    pairs = 0
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None or sheet.column_dimensions[cell.column_letter].hidden:
                continue
            font, background = cell_colours(cell)
            if contrast(font, background) < READABLE:
                fail(f"Dashboard!{cell.coordinate}: {font:06X} on {background:06X} is "
                     f"{contrast(font, background):.2f}:1")
            pairs += 1
    for formatting in sheet.conditional_formatting:
        for rule in formatting.rules:
            style = rule.dxf
            for cells in formatting.sqref.ranges:
                for row in sheet.iter_rows(min_row=cells.min_row, max_row=cells.max_row,
                                           min_col=cells.min_col, max_col=cells.max_col):
                    for cell in row:
                        if cell.value is None:
                            continue
                        font, background = cell_colours(cell)
                        if style.fill is not None:
                            background = rgb(style.fill.bgColor, rgb(style.fill.fgColor,
                                                                     background))
                        if style.font is not None and style.font.color is not None:
                            font = rgb(style.font.color, font)
                        if contrast(font, background) < READABLE:
                            fail(f"Dashboard!{cell.coordinate} under the rule "
                                 f"{rule.formula or rule.operator}: {font:06X} on "
                                 f"{background:06X} is {contrast(font, background):.2f}:1")
                        pairs += 1
    return pairs


def check_pdf(path, title):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    if not re.search(r"^Tagged:\s+yes$", info, re.MULTILINE):
        fail(f"{path.name} is not tagged:\n{info}")
    if f"Title:           {title}" not in info:
        fail(f"{path.name}'s title is not {title!r}:\n{info}")
    if b"/Lang(en-GB)" not in path.read_bytes().replace(b" ", b""):
        fail(f"{path.name} does not say its language is en-GB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scdash")
    parser.add_argument("source")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "dashboard.xlsx"
        failed = run_example(arguments.scdash, arguments.source, out,
                             ["--narrative", "--publish", "--pdf"])
        if failed:
            fail(failed)
        internal = openpyxl.load_workbook(out)
        published_path = Path(folder) / "dashboard-published.xlsx"
        published = openpyxl.load_workbook(published_path)
        outputs = sorted(Path(folder).glob("*-published.*"))
        if [p.name for p in outputs] != ["board-report-published.docx",
                                         "board-report-published.md",
                                         "dashboard-published.pdf", "dashboard-published.xlsx"]:
            fail(f"the published outputs are {[p.name for p in outputs]}")
        figures, parts = check_withheld(internal, outputs, published)
        previous = check_previous_withheld(internal, published)
        tables = check_structure(published)
        pairs = check_contrast(published["Dashboard"])
        check_pdf(Path(folder) / "dashboard-published.pdf", published.properties.title)
        print(f"{figures} withheld figures absent from {parts} parts of {len(outputs)} outputs, "
              f"and {previous} previous figures from the notes; "
              f"{tables} tables; {pairs} text and fill pairs at 4.5:1 or more; the PDF tagged")


if __name__ == "__main__":
    main()
