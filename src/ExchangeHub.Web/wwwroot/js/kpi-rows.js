// The KPI table of the application editor when JavaScript is on: rows come from the page's <template>, are removed in
// place, are read as the API takes them and are filled from the API's rows. Names, ids and labels follow the row order,
// so the form still posts correctly to the page.
import { format } from "./text.js";

// Field name in the API, the row's input name and the id suffix the server renders.
const fields = [
  ["indicator", "Indicator", "indicator"],
  ["unit", "Unit", "unit"],
  ["baseline", "Baseline", "baseline"],
  ["target", "Target", "target"],
  ["dueDate", "DueDate", "due"],
  ["ownerLabId", "OwnerLabId", "owner"],
];

/** A number as people type it: full-width digits and thousands separators are fine. */
const readNumber = (text) => {
  const normal = text.normalize("NFKC").replaceAll(",", "").trim();
  return normal === "" || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal) ? null : Number(normal);
};

export class KpiRows {
  #form;
  #body;
  #template;
  #changed;

  constructor(form, changed) {
    this.#form = form;
    this.#body = form.querySelector("[data-kpi-rows]");
    this.#template = form.querySelector("template[data-kpi-template]");
    this.#changed = changed;
    // Rows are added and removed in place; the page's own add button and remove boxes are for when scripts are off.
    const add = form.querySelector("[data-add-row]");
    add.type = "button";
    add.removeAttribute("formaction");
    add.addEventListener("click", () => {
      this.addRow().querySelector("input")?.focus();
      this.#changed();
    });
    this.#body.addEventListener("click", (event) => {
      const button = event.target.closest("[data-remove-row]");
      if (!button) {
        return;
      }
      const row = button.closest("[data-kpi-row]");
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      this.#renumber();
      (next?.querySelector("[data-remove-row]") ?? add).focus();
      this.#changed();
    });
    for (const row of this.#body.querySelectorAll("[data-kpi-row]")) {
      this.#enhance(row);
    }
  }

  /** Appends a row, empty or filled from an API row; answers the row. */
  addRow(kpi) {
    const row = this.#template.content.firstElementChild.cloneNode(true);
    this.#enhance(row);
    if (kpi) {
      for (const [name] of fields) {
        const input = row.querySelector(`[data-kpi-field="${name}"]`);
        input.value = kpi[name] == null ? "" : String(kpi[name]);
      }
    }
    this.#body.append(row);
    this.#renumber();
    return row;
  }

  /** Replaces every row with the given ones and one empty row to fill in, as the page renders them. */
  fill(kpis) {
    this.#body.replaceChildren();
    for (const kpi of kpis || []) {
      this.addRow(kpi);
    }
    this.addRow();
  }

  /**
   * The rows as the API takes them (empty rows left out), the table row each came from, and the problems found:
   * numbers that cannot be read stay here instead of making a request the server cannot parse.
   */
  read(rowProblem, invalidText) {
    const kpis = [];
    const rows = [];
    const problems = [];
    for (const row of this.#body.querySelectorAll("[data-kpi-row]")) {
      const value = (name) => row.querySelector(`[data-kpi-field="${name}"]`);
      const texts = ["indicator", "unit", "baseline", "target", "dueDate"].map((name) => value(name).value.trim());
      for (const input of row.querySelectorAll("[aria-invalid]")) {
        input.removeAttribute("aria-invalid");
      }
      if (texts.every((text) => text === "")) {
        continue;
      }
      rows.push(row);
      const baseline = readNumber(value("baseline").value);
      const target = readNumber(value("target").value);
      for (const [name, number] of [["baseline", baseline], ["target", target]]) {
        if (number === null) {
          value(name).setAttribute("aria-invalid", "true");
        }
      }
      if (baseline === null || target === null) {
        problems.push(format(rowProblem, rows.length, invalidText));
      }
      kpis.push({
        indicator: texts[0],
        unit: texts[1],
        baseline,
        target,
        // An empty date goes as the empty day, so the server names what is missing in its own words.
        dueDate: texts[4] || "0001-01-01",
        ownerLabId: value("ownerLabId").value,
      });
    }
    return { kpis, rows, problems };
  }

  #enhance(row) {
    for (const element of row.querySelectorAll("[data-without-script]")) {
      element.hidden = true;
    }
    row.querySelector("[data-remove-row]").hidden = false;
  }

  #renumber() {
    const suffix = this.#body.dataset.rowSuffix;
    [...this.#body.querySelectorAll("[data-kpi-row]")].forEach((row, index) => {
      row.querySelector("[data-row-number]").textContent = String(index + 1);
      for (const span of row.querySelectorAll("[data-row-suffix]")) {
        span.textContent = format(suffix, index + 1);
      }
      for (const [name, property, idSuffix] of fields) {
        const input = row.querySelector(`[data-kpi-field="${name}"]`);
        const id = `kpi-${index}-${idSuffix}`;
        input.closest("td").querySelector("label").htmlFor = id;
        input.id = id;
        input.name = `Input.Kpis[${index}].${property}`;
      }
    });
  }
}
