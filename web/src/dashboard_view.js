// The dashboard as an HTML table, from the same model as the workbook (report.json): each
// outcome's indicators with their figures, direction of travel, RAG and district values, with
// the note of every figure shown on hover and on focus, and the key beneath.
import { h, table } from "./html.js";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat("en-GB", {
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const ARROWS = { up: "↑", down: "↓", stable: "→" };
const JUDGEMENTS = { better: "judged-better", worse: "judged-worse" };
// A district's comparison with the county, as the key colours it; "not compared" is left white.
const DISTRICT_COMPARISONS = {
  better: "district-better",
  similar: "district-similar",
  worse: "district-worse",
};

// A figure's cell: its value (as `format` writes it), or "n/a" with the reason; its note (the
// explanation) on focus.
function figureCell(figure, label, format = number) {
  if (!figure) {
    return h("td", { class: "empty" }, "");
  }
  const shown =
    figure.value === null || figure.value === undefined ? "n/a" : format.format(figure.value);
  const note = [figure.explanation, figure.reason].filter((text) => text).join("\n");
  return h(
    "td",
    {
      class: "figure",
      tabindex: 0,
      "data-note": note || null,
      title: note || null,
      "aria-label": `${label}: ${shown}${note ? `. ${note}` : ""}`,
    },
    shown,
  );
}

// A figure the indicator does not have: "–", as the workbook shows it, with why.
function notApplicableCell(label, why) {
  const note = `Not applicable: ${why}.`;
  return h(
    "td",
    {
      class: "figure",
      tabindex: 0,
      "data-note": note,
      title: note,
      "aria-label": `${label}: ${note}`,
    },
    "–",
  );
}

const COMPARISONS = {
  most_similar_group: { value: "most_similar_group_rank", missing: "no most similar group" },
  counties: { value: "county_comparison", missing: "no comparable counties" },
};

// A comparison: its rank or standing; n/a, with the comparator returns' reason, when the
// template declares it but no return gives it; "–" when the template does not declare it.
function comparisonCell(indicator, kind) {
  const { value, missing } = COMPARISONS[kind];
  if (indicator[value] !== null && indicator[value] !== undefined) {
    return indicator[value];
  }
  const label = `${indicator.label}, ${kind.replaceAll("_", " ")}`;
  if (!(indicator.declared_comparisons ?? []).includes(kind)) {
    return notApplicableCell(label, `the template gives this indicator ${missing}`);
  }
  return figureCell(
    { value: null, reason: `Not available: ${indicator.comparators_reason}.` },
    label,
  );
}

// The target as a level, its name as its note, and the gap to it in what the figure counts
// ("+263" crimes), the gap's sentence as its note; "–" for an indicator without a target.
function targetCells(indicator) {
  const label = indicator.label;
  if (!indicator.target) {
    const why = "the template gives this indicator no target";
    return [
      notApplicableCell(`${label}, target`, why),
      notApplicableCell(`${label}, gap to target`, why),
    ];
  }
  const { headline, description } = indicator.target;
  const level = figureCell(
    {
      value: headline.level,
      explanation: description,
      reason: headline.level === null ? `Not available: ${headline.unavailable_reason}.` : null,
    },
    `${label}, target`,
  );
  const gap = figureCell(
    {
      value: headline.gap,
      explanation: headline.explanation,
      reason: headline.gap === null ? "Not available: no current figure or target." : null,
    },
    `${label}, gap to target`,
    signed,
  );
  return [level, gap];
}

// A classification set by hand ("High"), or n/a with the reason; "–" when the indicator has none.
function classificationCell(indicator) {
  const label = `${indicator.label}, classification`;
  if (!indicator.classification) {
    return notApplicableCell(label, "the template gives this indicator no classification");
  }
  const { value, reason } = indicator.classification;
  if (!value) {
    return figureCell({ value: null, reason: `Not available: ${reason}.` }, label);
  }
  const note = `${value}: ${reason}.`;
  return h(
    "td",
    {
      class: "classification",
      tabindex: 0,
      "data-note": note,
      title: note,
      "aria-label": `${label}: ${note}`,
    },
    value,
  );
}

function ragCell(rag, labels) {
  if (!rag?.rag) {
    return h("td", {}, "");
  }
  return h(
    "td",
    {
      class: `rag rag-${rag.rag.toLowerCase()}`,
      title: rag.reason,
      tabindex: 0,
      "data-note": rag.reason,
      "aria-label": `${rag.rag}: ${rag.reason}`,
    },
    labels[rag.rag] ?? rag.rag,
  );
}

function changeText(indicator) {
  if (indicator.change === null || indicator.change === undefined) {
    return "n/a";
  }
  const unit = indicator.change_unit === "per cent" ? "%" : " pts";
  return `${indicator.change > 0 ? "+" : ""}${number.format(indicator.change)}${unit}`;
}

function directionCell(indicator) {
  const direction = indicator.direction ?? "no direction";
  const judgement = indicator.judgement ?? "no judgement";
  return h(
    "td",
    {
      class: `direction ${JUDGEMENTS[judgement] ?? "judged-none"}`,
      "aria-label": `${direction}, ${judgement}`,
    },
    ARROWS[indicator.direction] ?? "",
  );
}

function key(districts, { areas, rag_labels: labels }) {
  return h(
    "div",
    { class: "key", role: "note", "aria-label": "Key" },
    h("h4", {}, "Key"),
    h(
      "p",
      {},
      h("span", { class: "rag rag-red" }, labels.Red),
      " red, ",
      h("span", { class: "rag rag-amber" }, labels.Amber),
      " amber, ",
      h("span", { class: "rag rag-green" }, labels.Green),
      " green, by each indicator's rule (its note says which); ",
      labels.Grey,
      ": no RAG, and its note says why.",
    ),
    h(
      "p",
      {},
      h("span", { class: "judged-better" }, "↑↓"),
      " moved the good way, ",
      h("span", { class: "judged-worse" }, "↑↓"),
      " the bad way, ",
      h("span", { class: "judged-none" }, "↑↓→"),
      " no judgement or stable.",
    ),
    h(
      "p",
      {},
      "Districts: ",
      h("span", { class: "district-better" }, "significantly better"),
      ", ",
      h("span", { class: "district-similar" }, "similar"),
      ", ",
      h("span", { class: "district-worse" }, "significantly worse"),
      " than the county.",
    ),
    h("p", {}, districts.map(({ label, area }) => `${label} ${areas[area] ?? area}`).join("; ")),
    h(
      "p",
      {},
      "Rates per 10,000 population unless the indicator says otherwise; n/a: the figure cannot be computed; –: it does not apply to the indicator. Its note says why.",
    ),
  );
}

// `report`: report.json, parsed; `run`: the engine's result of the run, for the areas' names
// and the template's RAG labels.
export function dashboardView(report, run) {
  const districts = [];
  for (const indicator of report.indicators) {
    for (const { label, area } of indicator.districts ?? []) {
      if (!districts.some((known) => known.label === label)) {
        districts.push({ label, area });
      }
    }
  }
  // A template's own kinds of column, shown only where one of its indicators has them.
  const targets = report.indicators.some((indicator) => indicator.target);
  const classifications = report.indicators.some((indicator) => indicator.classification);
  const overall = new Map(report.outcomes.map((outcome) => [outcome.name, outcome.overall]));
  const rows = report.indicators.map((indicator, index) => {
    const first = index === 0 || report.indicators[index - 1].outcome !== indicator.outcome;
    const byLabel = new Map(
      (indicator.districts ?? []).map((district) => [district.label, district]),
    );
    return [
      h("td", { class: "outcome" }, first ? indicator.outcome : ""),
      first ? ragCell(overall.get(indicator.outcome), run.rag_labels) : h("td", {}, ""),
      h("td", { class: "label" }, indicator.label),
      figureCell(indicator.previous, `${indicator.label}, previous`),
      figureCell(indicator.current, `${indicator.label}, current`),
      changeText(indicator),
      ...(targets ? targetCells(indicator) : []),
      directionCell(indicator),
      ragCell(indicator.progress, run.rag_labels),
      ...(classifications ? [classificationCell(indicator)] : []),
      comparisonCell(indicator, "most_similar_group"),
      comparisonCell(indicator, "counties"),
      ...districts.map(({ label }) => {
        if (!indicator.districts?.length) {
          return notApplicableCell(
            `${indicator.label}, ${label}`,
            "the template gives this indicator no district breakdown",
          );
        }
        const district = byLabel.get(label);
        const cell = figureCell(district?.figure, `${indicator.label}, ${label}`);
        const comparison = DISTRICT_COMPARISONS[district?.comparison_with_headline_area];
        if (comparison) {
          cell.classList.add(comparison);
        }
        return cell;
      }),
    ];
  });
  const headers = [
    "Outcome",
    "Overall",
    "Supporting indicator",
    `Previous (${report.previous_period?.label ?? ""})`,
    `Current (${report.current_period?.label ?? ""})`,
    "Change",
    ...(targets ? ["Target", "Gap to target"] : []),
    "Direction",
    "Progress RAG",
    ...(classifications ? ["Classification"] : []),
    "Most similar group",
    "County comparison",
    ...districts.map(({ label }) => label),
  ];
  return h(
    "div",
    {},
    table(`${report.title}, ${report.quarter}`, headers, rows),
    key(districts, run),
  );
}
