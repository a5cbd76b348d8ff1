#!/usr/bin/python3
"""Writes a police crime extract as an .xlsx workbook: ROWS rows by 9 columns, with shared strings.

Deterministic: the same ROWS always gives the same bytes (a fixed pseudo-random sequence and
fixed zip timestamps). The layout is a record-level extract as police systems export it: a
unique crime reference, the recorded date, the month, district, ward, offence group and
subgroup, outcome, and the number of victims. Every text is a shared string, so the shared
string table holds about ROWS + 150 strings, as a real extract's does.

  /usr/bin/python3 bench/reader/make_extract.py ROWS OUT.xlsx
"""
import random
import sys
import zipfile

DISTRICTS = ["Blaby", "Charnwood", "Harborough", "Hinckley and Bosworth", "Melton",
             "North West Leicestershire", "Oadby and Wigston", "Rutland"]
GROUPS = {
    "Violence against the person": ["Violence with injury", "Violence without injury", "Stalking and harassment"],
    "Theft offences": ["Shoplifting", "Theft from the person", "Bicycle theft", "Other theft"],
    "Criminal damage and arson": ["Criminal damage", "Arson"],
    "Burglary": ["Residential burglary", "Business and community burglary"],
    "Vehicle offences": ["Theft of a motor vehicle", "Theft from a motor vehicle", "Vehicle interference"],
    "Public order offences": ["Public fear, alarm or distress", "Other public order"],
    "Drug offences": ["Possession of drugs", "Trafficking of drugs"],
    "Robbery": ["Robbery of personal property", "Robbery of business property"],
    "Sexual offences": ["Rape", "Other sexual offences"],
    "Miscellaneous crimes against society": ["Miscellaneous crimes"],
}
OUTCOMES = ["Investigation complete; no suspect identified", "Unable to prosecute suspect",
            "Under investigation", "Charged/summonsed", "Cautioned", "Community resolution",
            "Evidential difficulties: victim does not support action", "Action undertaken by another body",
            "Formal action not in the public interest", "Penalty notice for disorder",
            "Taken into consideration", "Not yet assigned"]
HEADERS = ["Crime reference", "Recorded", "Month", "District", "Ward", "Offence group",
           "Offence subgroup", "Outcome", "Victims"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_TIME = (2025, 10, 1, 0, 0, 0)


def column(index):
    return "ABCDEFGHI"[index]


class SharedStrings:
    def __init__(self):
        self.index = {}
        self.items = []

    def __call__(self, text):
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.items)
            self.items.append(text)
        return found


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_part(archive, name, chunks):
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as part:
        for chunk in chunks:
            part.write(chunk.encode("utf-8"))


def sheet_rows(rows, strings):
    generator = random.Random(20251001)
    wards = [f"{district} Ward {n}" for district in DISTRICTS for n in range(1, 8)]
    groups = list(GROUPS)
    yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
           f'<dimension ref="A1:I{rows + 1}"/><sheetData>')
    yield '<row r="1">' + "".join(
        f'<c r="{column(i)}1" t="s"><v>{strings(h)}</v></c>' for i, h in enumerate(HEADERS)) + "</row>"
    buffer = []
    first_day = 44652  # 1 April 2022: three financial years of records
    for r in range(2, rows + 2):
        day = first_day + generator.randrange(1096)
        district = generator.randrange(len(DISTRICTS))
        group = groups[generator.randrange(len(groups))]
        values = [
            f'<c r="A{r}" t="s"><v>{strings(f"LP/{r:08d}/{day % 100:02d}")}</v></c>',
            f'<c r="B{r}" s="1"><v>{day}</v></c>',
            f'<c r="C{r}" s="2"><v>{day - (day - first_day) % 30}</v></c>',
            f'<c r="D{r}" t="s"><v>{strings(DISTRICTS[district])}</v></c>',
            f'<c r="E{r}" t="s"><v>{strings(wards[district * 7 + generator.randrange(7)])}</v></c>',
            f'<c r="F{r}" t="s"><v>{strings(group)}</v></c>',
            f'<c r="G{r}" t="s"><v>{strings(generator.choice(GROUPS[group]))}</v></c>',
            f'<c r="H{r}" t="s"><v>{strings(generator.choice(OUTCOMES))}</v></c>',
            f'<c r="I{r}"><v>{1 + generator.randrange(3) // 2}</v></c>',
        ]
        buffer.append(f'<row r="{r}">' + "".join(values) + "</row>")
        if len(buffer) == 2000:
            yield "".join(buffer)
            buffer.clear()
    yield "".join(buffer)
    yield "</sheetData></worksheet>"


def shared_strings_part(strings):
    yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="{MAIN}" count="{len(strings.items)}" uniqueCount="{len(strings.items)}">')
    for start in range(0, len(strings.items), 5000):
        yield "".join(f"<si><t>{escape(text)}</t></si>" for text in strings.items[start:start + 5000])
    yield "</sst>"


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    strings = SharedStrings()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as archive:
        write_part(archive, "[Content_Types].xml", [
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>'])
        write_part(archive, "_rels/.rels", [
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'])
        write_part(archive, "xl/workbook.xml", [
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
            '<sheets><sheet name="Crimes" sheetId="1" r:id="rId1"/></sheets></workbook>'])
        write_part(archive, "xl/_rels/workbook.xml.rels", [
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/></Relationships>'])
        write_part(archive, "xl/styles.xml", [
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm yyyy"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
            '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'])
        # The sheet first: its strings fill the table that is written after it.
        write_part(archive, "xl/worksheets/sheet1.xml", sheet_rows(rows, strings))
        write_part(archive, "xl/sharedStrings.xml", shared_strings_part(strings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
