// The board report's draft on the page, from board-report.md as the engine wrote it, so that
// the page shows the text board-report.docx holds. Only the Markdown scdash writes is read:
// blocks parted by blank lines, each a heading, a bold line, a bullet or a paragraph, with
// punctuation escaped by a backslash.
import { h } from "./html.js";

const unescaped = (text) => text.replace(/\\(.)/g, "$1");

// Under the page's own headings, the report's start at h4.
function block(text) {
  const heading = text.match(/^(#{1,3}) (.*)$/s);
  if (heading) {
    return h(`h${heading[1].length + 3}`, {}, unescaped(heading[2]));
  }
  const bold = text.match(/^\*\*(.*)\*\*$/s);
  return h("p", {}, bold ? h("strong", {}, unescaped(bold[1])) : unescaped(text));
}

export function boardReportView(markdown) {
  const elements = [];
  let list = null;
  for (const text of markdown.split(/\n{2,}/)) {
    const bullet = text.match(/^- (.*)$/s);
    if (!bullet) {
      list = null;
      elements.push(block(text.trim()));
      continue;
    }
    if (!list) {
      list = h("ul");
      elements.push(list);
    }
    list.append(h("li", {}, unescaped(bullet[1].trim())));
  }
  return h("article", { class: "board-report" }, elements);
}
