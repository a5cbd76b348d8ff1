// What office-addin-mock takes from office-addin-manifest (a Node package, which cannot be
// bundled for the browser): the names of Office's applications.
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
