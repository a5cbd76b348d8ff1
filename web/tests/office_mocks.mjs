// Office.js replaced at its boundary, for the add-in's tests in Node and in Chromium: Excel's
// proxy objects are office-addin-mock's OfficeMockObject (properties unreadable until loaded
// and synced, as in Excel), and the common API (Office) answers through callbacks. Whatever the
// add-in asks of Excel is recorded, for the tests to compare.
import officeAddinMock from "office-addin-mock";

const { OfficeMockObject } = officeAddinMock;

// `workbook`: the workbook open in Excel: {url, bytes, sheets (its sheets' names)}. `slice`:
// the bytes a slice holds at most (Excel chooses, up to the size asked for). `excelApi`: the
// newest ExcelApi requirement set this Excel supports. `host`: where the pane runs (null in a
// plain browser, outside Office).
export function officeMocks({ workbook, slice = 64 * 1024, excelApi = "1.8", host = "Excel" }) {
  const record = { selected: [], activated: [], created: [], openFiles: 0, closedFiles: 0 };
  const succeeded = (value) => ({ status: "succeeded", value });

  const sheet = (name) => {
    if (!workbook.sheets.includes(name)) {
      throw new Error(`ItemNotFound: the workbook has no sheet ${name}`);
    }
    return new OfficeMockObject(
      {
        name,
        activate() {
          record.activated.push(name);
        },
        getRange(address) {
          return new OfficeMockObject(
            {
              address,
              select() {
                record.selected.push({ sheet: name, cell: address });
              },
            },
            "excel",
          );
        },
      },
      "excel",
    );
  };
  const Excel = new OfficeMockObject(
    {
      context: { workbook: { worksheets: { getItem: sheet } } },
      async run(callback) {
        await callback(this.context);
      },
      async createWorkbook(base64) {
        record.created.push(base64);
      },
    },
    "excel",
  );

  const file = (size) => ({
    size: workbook.bytes.length,
    sliceCount: Math.ceil(workbook.bytes.length / size),
    getSliceAsync(index, callback) {
      const data = [...workbook.bytes.subarray(index * size, (index + 1) * size)];
      callback(succeeded({ index, size: data.length, data }));
    },
    closeAsync(callback) {
      record.closedFiles++;
      callback?.(succeeded());
    },
  });
  // The common API has no proxies to load: office-addin-mock's Outlook mode is the one whose
  // properties read as they are.
  const Office = new OfficeMockObject(
    {
      HostType: { Excel: "Excel" },
      FileType: { Compressed: "compressed" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady(callback) {
        const info = { host, platform: host ? "PC" : null };
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        document: {
          url: workbook.url,
          getFileAsync(type, options, callback) {
            if (type !== "compressed") {
              callback({ status: "failed", error: { message: `no file of type ${type}` } });
              return;
            }
            record.openFiles++;
            callback(succeeded(file(Math.min(slice, options.sliceSize))));
          },
        },
        requirements: {
          isSetSupported: (name, version) =>
            name === "ExcelApi" && Number(version) <= Number(excelApi),
        },
      },
    },
    "outlook",
  );
  return { Office, Excel, record };
}
