#!/usr/bin/python3
"""Compares scdash's reading of workbooks with another reader's, cell by cell.

For every file of a folder (default: ../shared/corpus/calamine beside the repository), runs
`build/scdash cat --format jsonl FILE` and reads the same file with openpyxl (.xlsx, .xlsm) or
xlrd (.xls, when Debian's python3-xlrd is installed); prints each file that differs and why, then a
summary. Not part of the test suite: the corpus is not in the repository, and some differences
are expected and explained in docs/reading.md.

  /usr/bin/python3 tests/conformance/compare_with_openpyxl.py [FOLDER] [--scdash PATH] [--all]

--all prints every difference of a file instead of the first five.
"""
import argparse
import datetime
import json
import math
import re
import os
import signal
import subprocess
import sys
import warnings

import openpyxl
from openpyxl.utils.cell import get_column_letter

try:
    import xlrd
except ImportError:  # Debian: python3-xlrd
    xlrd = None

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXCEL_EPOCH = datetime.datetime(1899, 12, 30)
SHOWN = 5
TIME_LIMIT = 120  # seconds the reference reader may take on one file


def on_alarm(_signal, _frame):
    raise TimeoutError()


def serial_of_datetime(value):
    """The 1900-system serial of a datetime, date, time or timedelta, as Excel counts."""
    if isinstance(value, datetime.timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, datetime.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime(value.year, value.month, value.day)
    serial = (value - EXCEL_EPOCH).total_seconds() / 86400
    return serial - 1 if serial < 61 else serial  # Excel's phantom 29 February 1900


def serial_of_iso(text):
    """The serial of scdash's ISO 8601 text: a date, a date and time, or a time."""
    if text == "1900-02-29" or text.startswith("1900-02-29T"):
        return 60 + (serial_of_iso(text[11:]) if len(text) > 10 else 0)
    if "-" not in text:
        hours, minutes, seconds = text.split(":")
        return (int(hours) * 3600 + int(minutes) * 60 + float(seconds)) / 86400
    return serial_of_datetime(datetime.datetime.fromisoformat(text))


def read_scdash(scdash, path):
    """{(sheet, cell): (type, value)} and the sheet names in order, or an error message."""
    run = subprocess.run([scdash, "cat", "--format", "jsonl", path], capture_output=True, text=True)
    if run.returncode != 0:
        return None, None, f"scdash exit {run.returncode}: {run.stderr.strip().splitlines()[0] if run.stderr.strip() else ''}"
    cells = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        cells[(record["sheet"], record["cell"])] = (record["type"], record["value"])
    inspect = subprocess.run([scdash, "inspect", "--rows", "0", path], capture_output=True, text=True)
    sheets = [line.split(": ", 1)[1].rsplit(" (", 1)[0]
              for line in inspect.stdout.splitlines() if line.startswith("sheet ")]
    return cells, sheets, None


def typed_openpyxl(cell):
    value = cell.value
    if value is None:
        return None
    if cell.data_type == "e":
        return ("error", value)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", float(value))
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return ("date", serial_of_datetime(value))
    return ("string", str(value))


def read_openpyxl(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Read-only mode streams, as scdash does; the full mode runs out of memory on some files.
        workbook = openpyxl.load_workbook(path, data_only=True, read_only=True)
    cells = {}
    for sheet in workbook.worksheets:
        # Without this, a claimed <dimension> of A1:XFD1048576 pads every row to 16,384 cells.
        sheet.reset_dimensions()
        for row in sheet.iter_rows():
            for cell in row:
                if getattr(cell, "column", None) is None:
                    continue  # an empty placeholder
                typed = typed_openpyxl(cell)
                if typed is not None:
                    cells[(sheet.title, f"{get_column_letter(cell.column)}{cell.row}")] = typed
    return cells, workbook.sheetnames


def shows_days(workbook, cell):
    """Whether the cell's number format shows a date (not only a time or a duration): only those
    move by 1,462 days between the 1904 and 1900 date systems."""
    if not workbook.format_map:
        return True  # formats not read: assume a date, as most are
    code = workbook.format_map[workbook.xf_list[cell.xf_index].format_key].format_str
    code = re.sub(r'\[[^]]*\]|"[^"]*"|\\.', "", code).lower()
    return "d" in code or "y" in code


def read_xlrd(path):
    with open(os.devnull, "w") as quiet:
        try:
            workbook = xlrd.open_workbook(path, logfile=quiet, formatting_info=True)
        except Exception:  # xlrd's format reading fails on some files its cell reading copes with
            workbook = xlrd.open_workbook(path, logfile=quiet)
    cells = {}
    for sheet in workbook.sheets():
        for r in range(sheet.nrows):
            for c, cell in enumerate(sheet.row(r)):
                ref = (sheet.name, f"{get_column_letter(c + 1)}{r + 1}")
                if cell.ctype == xlrd.XL_CELL_TEXT and cell.value != "":
                    cells[ref] = ("string", cell.value)
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    cells[ref] = ("number", float(cell.value))
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    moves = workbook.datemode == 1 and shows_days(workbook, cell)
                    serial = cell.value + (1462 if moves else 0)
                    cells[ref] = ("date", serial)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    cells[ref] = ("bool", bool(cell.value))
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    cells[ref] = ("error", xlrd.error_text_from_code.get(cell.value, "?"))
    return cells, workbook.sheet_names()


def normalise_scdash(typed):
    kind, value = typed
    if kind == "number":
        return ("number", float(value))
    if kind == "date":
        try:
            return ("date", serial_of_iso(value))
        except ValueError:
            return ("date", float(value))
    return (kind, value)


def same(ours, theirs):
    if ours[0] != theirs[0]:
        return False
    if ours[0] == "date":
        return abs(ours[1] - theirs[1]) < 0.5 / 86400  # to the second: xlrd and freexl round
    if ours[0] == "number":
        return ours[1] == theirs[1] or (math.isnan(ours[1]) and math.isnan(theirs[1]))
    return ours[1] == theirs[1]


def compare(path, scdash):
    """A list of differences (strings), or None when the file cannot be compared."""
    extension = os.path.splitext(path)[1].lower()
    if extension in (".xlsx", ".xlsm"):
        reader, reference = read_openpyxl, "openpyxl"
    elif extension == ".xls":
        if xlrd is None:
            return None, "skipped: xlrd is not installed (Debian: python3-xlrd)"
        reader, reference = read_xlrd, "xlrd"
    else:
        return None, "skipped: neither .xlsx, .xlsm nor .xls"
    signal.alarm(TIME_LIMIT)
    try:
        theirs, their_sheets = reader(path)
    except TimeoutError:
        theirs, their_sheets = None, f"took more than {TIME_LIMIT} s"
    except Exception as failure:  # the reference reader's own failure is worth knowing
        theirs, their_sheets = None, f"{type(failure).__name__}: {failure}"
    finally:
        signal.alarm(0)
    ours, our_sheets, our_failure = read_scdash(scdash, path)
    if theirs is None and ours is None:
        return [f"both refuse it: {reference}: {their_sheets}; {our_failure}"], reference
    if theirs is None:
        return [f"{reference} refuses it ({their_sheets}) but scdash reads {len(ours)} cells"], reference
    if ours is None:
        return [f"scdash refuses it ({our_failure}); {reference} reads {len(theirs)} cells"], reference
    differences = []
    if our_sheets != list(their_sheets):
        differences.append(f"sheets: scdash {our_sheets}, {reference} {list(their_sheets)}")
    for key in sorted(set(ours) | set(theirs), key=lambda k: (k[0], len(k[1]), k[1])):
        mine = normalise_scdash(ours[key]) if key in ours else None
        other = theirs.get(key)
        if mine is None:
            differences.append(f"{key[0]}!{key[1]}: only {reference} has {other}")
        elif other is None:
            differences.append(f"{key[0]}!{key[1]}: only scdash has {ours[key]}")
        elif not same(mine, other):
            differences.append(f"{key[0]}!{key[1]}: scdash {ours[key]}, {reference} {other}")
    return differences, reference


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=os.path.join(REPO, "..", "shared", "corpus", "calamine"))
    parser.add_argument("--scdash", default=os.path.join(REPO, "build", "scdash"))
    parser.add_argument("--all", action="store_true")
    options = parser.parse_args()
    signal.signal(signal.SIGALRM, on_alarm)
    counts = {"same": 0, "differ": 0, "skipped": 0}
    for name in sorted(os.listdir(options.folder)):
        path = os.path.join(options.folder, name)
        if not os.path.isfile(path) or name.endswith((".tsv", ".md", ".txt")):
            continue
        differences, reference = compare(path, options.scdash)
        if differences is None:
            counts["skipped"] += 1
            print(f"{name}: {reference}")
        elif differences:
            counts["differ"] += 1
            print(f"{name}: differs from {reference} in {len(differences)} place(s)")
            for difference in differences if options.all else differences[:SHOWN]:
                print(f"    {difference}")
            if not options.all and len(differences) > SHOWN:
                print(f"    ... and {len(differences) - SHOWN} more")
        else:
            counts["same"] += 1
    print(f"\n{counts['same']} file(s) read the same, {counts['differ']} differ, {counts['skipped']} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
