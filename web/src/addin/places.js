// Where in the open workbook a figure or problem is: the engine names places
// "file!sheet!C7" or "file!sheet" (scdash::core::Location), and the file's name is known, so
// the sheet is what lies between it and the last "!".
const CELL = /^[A-Z]{1,3}[0-9]+$/;

// {sheet, cell} for a place in the file `fileName` (cell null for a whole sheet), or null for a
// place elsewhere (a mapping's line, another file) or in no sheet.
export function placeIn(location, fileName) {
  const prefix = `${fileName}!`;
  if (!location.startsWith(prefix)) {
    return null;
  }
  const rest = location.slice(prefix.length);
  const bang = rest.lastIndexOf("!");
  if (bang > 0 && CELL.test(rest.slice(bang + 1))) {
    return { sheet: rest.slice(0, bang), cell: rest.slice(bang + 1) };
  }
  return rest ? { sheet: rest, cell: null } : null;
}
