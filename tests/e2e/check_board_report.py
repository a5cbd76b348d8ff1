#!/usr/bin/env python3
"""The demo's board report reads back as the board paper it drafts, and LibreOffice prints it.

usage: check_board_report.py SCDASH_EXE SOURCE_DIR [--png PAGE.png]
Runs `scdash run --narrative` on the example returns, then reads board-report.docx with
python-docx (Debian's python3-docx, a reader that shares no code with scdash): its title and
language, its heading styles, its one numbered list running on through the document, and the
seed reports' figures in the seeds' terms. Every statement report.json lists is in the document
with its rule and its figures' cells, and the Markdown says the same, numbered the same.
LibreOffice converts the document to PDF (with --png, page 1 is kept for a person to look at).
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

from example_run import run_example

# The seed reports' key points (seed 003), as the demo's figures give them.
SEED_STATEMENTS = [
    "The percentage of MARAC cases that are repeat referrals has remained stable at 32.8%, "
    "against 33.1% in the previous year. This is within the SafeLives recommended range of "
    "28\u201340%.",
    "The hate crime rate has remained stable at 1.42, against 1.49 in the previous year.",
    "ASB environmental is deteriorating, from 1.23 to 1.39 (+13.0% on the previous year).",
    "ASB nuisance has remained stable at 7.06, against 7.09 in the previous year.",
    "The percentage who agree people from different backgrounds get on well together has "
    "remained stable at 89.09%, against 90.30% in the previous year.",
    "Racially or religiously aggravated crime is not available this quarter: ",
    "due to a change of system from Sentinel to ECINS",
]


def fail(message):
    sys.exit(f"check_board_report: {message}")


def list_level(paragraph):
    """The paragraph's level in the numbered list, or None outside it."""
    properties = paragraph._p.pPr
    if properties is None or properties.numPr is None:
        return None
    if properties.numPr.numId.val != 1:
        fail(f"a paragraph in another list than the document's one: {paragraph.text!r}")
    return properties.numPr.ilvl.val


def check_document(path, report, markdown):
    document = docx.Document(path)
    properties = document.core_properties
    if properties.title != "Safer Communities performance 2025/26 Q2 report":
        fail(f"the document's title is {properties.title!r}")
    if properties.language != "en-GB":
        fail(f"the document's language is {properties.language!r}")
    paragraphs = document.paragraphs
    styles = [paragraph.style.name for paragraph in paragraphs]
    if styles[:3] != ["Subtitle", "Subtitle", "Title"]:
        fail(f"the report does not open with the board, the date and the title: {styles[:3]}")
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    if headings != ["Introduction", "Recommendations", "Officers to contact", "Appendices"]:
        fail(f"the sections are {headings}")

    # One list numbers the introduction, each outcome's heading and the recommendations on
    # through the document, as board papers number their paragraphs; key points are bullets.
    numbered = []
    for paragraph in paragraphs:
        level = list_level(paragraph)
        if level == 0:
            numbered.append(paragraph)
        elif level == 1 and paragraph.style.name != "List Paragraph":
            fail(f"a bullet in style {paragraph.style.name}: {paragraph.text!r}")
    outcomes = [p.text for p in numbered if p.style.name == "Heading 2"]
    if outcomes[0] != "Ongoing reductions in crime" or outcomes[-1] != "Not available this quarter":
        fail(f"the numbered sections are {outcomes}")
    numbering = document.part.numbering_part.element.xml
    if 'w:numFmt w:val="decimal"' not in numbering or 'w:numFmt w:val="bullet"' not in numbering:
        fail("the list has no decimal first level and bullet second level")
    for number, paragraph in enumerate(numbered, start=1):
        heading = f"### {number}. {paragraph.text}"
        body = f"{number}\\. {paragraph.text}"
        if heading not in markdown and body not in markdown:
            fail(f"paragraph {number} ({paragraph.text!r}) is not numbered so in the Markdown")

    text = "\n".join(paragraph.text for paragraph in paragraphs)
    for statement in SEED_STATEMENTS:
        if statement not in text:
            fail(f"the draft does not say: {statement}")

    statements = [statement for outcome in report["narrative"]["outcomes"]
                  for point in outcome["points"] for statement in point["statements"]]
    statements += [statement for point in report["narrative"]["not_available"]
                   for statement in point["statements"]]
    for statement in statements:
        if statement["text"] not in text:
            fail(f"report.json's statement is not in the document: {statement['text']}")
        if not statement["rule"]:
            fail(f"a statement without its rule: {statement['text']}")
        for figure in statement["figures"]:
            if figure["name"] == "current" and not figure["sources"]:
                fail(f"a current figure without its cells: {statement['text']}")
    unescaped = re.sub(r"\\(.)", r"\1", markdown)
    for paragraph in paragraphs:
        if paragraph.text not in unescaped:
            fail(f"the Markdown does not say: {paragraph.text!r}")
    return len(paragraphs), len(statements)


def print_with_libreoffice(path, folder, png):
    soffice = shutil.which("soffice")
    if soffice is None:
        fail("LibreOffice (soffice) is not installed; scripts/bootstrap installs it")
    profile = Path(folder) / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(path)],
                   check=True, capture_output=True, timeout=300)
    pdf = Path(folder) / (Path(path).stem + ".pdf")
    if not pdf.exists():
        fail("LibreOffice did not convert the board report to PDF")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    printed = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                             text=True).stdout
    if "SAFER COMMUNITIES PERFORMANCE 2025/26 Q2 REPORT" not in printed.upper() or pages < 2:
        fail(f"the PDF ({pages} pages) does not hold the report")
    if png:
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(Path(png).with_suffix(""))], check=True)
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scdash")
    parser.add_argument("source")
    parser.add_argument("--png")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        failed = run_example(arguments.scdash, arguments.source, Path(folder) / "dashboard.xlsx",
                             ["--narrative"])
        if failed:
            fail(failed)
        report = json.loads((Path(folder) / "report.json").read_text())
        markdown = (Path(folder) / "board-report.md").read_text()
        paragraphs, statements = check_document(Path(folder) / "board-report.docx", report,
                                                markdown)
        pages = print_with_libreoffice(Path(folder) / "board-report.docx", folder, arguments.png)
        print(f"board-report.docx: {paragraphs} paragraphs, {statements} statements, each in "
              f"report.json with its rule; LibreOffice prints {pages} pages")


if __name__ == "__main__":
    main()
