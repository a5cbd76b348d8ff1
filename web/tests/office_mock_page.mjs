// Office.js as the add-in's page meets it in the tests: this is bundled and served in place of
// office/office.js. The test sets window.scdashTestOffice ({url, base64, sheets, host}) before
// the page loads; what the pane asks of Excel is left in window.officeRecord.
import { officeMocks } from "./office_mocks.mjs";

const { url, base64, sheets, host } = window.scdashTestOffice;
const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const { Office, Excel, record } = officeMocks({ workbook: { url, bytes, sheets }, host });
Object.assign(window, { Office, Excel, officeRecord: record });
