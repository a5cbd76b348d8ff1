// What the add-in asks of Excel, all through Office.js: the open workbook's name and bytes,
// selecting a cell in it, and opening a new workbook from bytes. Office.js's objects are given
// (`office` is Office, `excel` is Excel), so that the tests give office-addin-mock's stand-ins.

// Office.js hands over a file in slices of at most 4 MB.
const SLICE_SIZE = 4 * 1024 * 1024;
const UNSAVED_NAME = "Unsaved workbook.xlsx";

export class ExcelBridge {
  constructor(office, excel) {
    this.office = office;
    this.excel = excel;
  }

  // The open workbook's file name, the last part of its path or address; a stand-in name for a
  // workbook never saved.
  workbookName() {
    const url = this.office.context.document.url ?? "";
    const last = url.split(/[?#]/)[0].split(/[\\/]/).pop();
    if (!last) {
      return UNSAVED_NAME;
    }
    try {
      return decodeURIComponent(last);
    } catch {
      return last; // a name with a literal "%"
    }
  }

  // The open workbook as Excel would save it now (edits not yet saved included), as .xlsx bytes.
  async workbookBytes() {
    const file = await this.whenDone((done) =>
      this.office.context.document.getFileAsync(
        this.office.FileType.Compressed,
        { sliceSize: SLICE_SIZE },
        done,
      ),
    );
    try {
      const bytes = new Uint8Array(file.size);
      let offset = 0;
      for (let index = 0; index < file.sliceCount; index++) {
        const slice = await this.whenDone((done) => file.getSliceAsync(index, done));
        bytes.set(slice.data, offset);
        offset += slice.data.length;
      }
      if (offset !== file.size) {
        throw new Error(`Excel gave ${offset} of the workbook's ${file.size} bytes`);
      }
      return bytes;
    } finally {
      // Excel lets an add-in hold one file open at a time.
      file.closeAsync();
    }
  }

  // Shows `sheet` with `cell` selected (the sheet alone when `cell` is null).
  async select({ sheet, cell }) {
    await this.excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      if (cell) {
        worksheet.getRange(cell).select();
      }
      await context.sync();
    });
  }

  // Whether this Excel can open a workbook made here (ExcelApi 1.8: Excel 2019 and later, and
  // Excel on the web).
  canOpenWorkbooks() {
    return this.office.context.requirements.isSetSupported("ExcelApi", "1.8");
  }

  // Opens `bytes` (an .xlsx) as a new workbook, as if the analyst had opened the file.
  async openWorkbook(bytes) {
    await this.excel.createWorkbook(base64Of(bytes));
  }

  // The value of an Office.js call that reports through a callback.
  whenDone(start) {
    return new Promise((resolve, reject) =>
      start((result) =>
        result.status === this.office.AsyncResultStatus.Succeeded
          ? resolve(result.value)
          : reject(new Error(result.error?.message ?? "Excel refused")),
      ),
    );
  }
}

// Base64 in pieces, since String.fromCharCode takes only so many arguments at once.
export function base64Of(bytes) {
  const pieces = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    pieces.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return btoa(pieces.join(""));
}
