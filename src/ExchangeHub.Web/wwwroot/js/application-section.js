// One section of the application editor (vision, plan, KPIs or review criteria) when JavaScript is on. It saves with
// the version it was edited from; a refusal because someone saved in between shows both texts side by side. What
// others save replaces the section only while the person has no unsaved changes in it; otherwise a notice says so.
import { KpiRows } from "./kpi-rows.js";
import { format, formatTime } from "./text.js";

/** A section's content and version as the API answers them, or as a live event carries them. */
export const partOf = (application, name) => {
  const last = application.history?.find((change) => change.section === name);
  const editorName = last?.editorName ?? "";
  switch (name) {
    case "kpis":
      return { version: application.kpisVersion, kpis: application.kpis, editorName, at: last?.at };
    case "criteria":
      return { version: application.criteriaVersion, criteria: application.criteria, editorName, at: last?.at };
    default:
      return { ...application[name], editorName, at: last?.at };
  }
};

export class SectionEditor {
  #element;
  #app;
  #form;
  #base;
  #kpiRows;
  #clean = "";

  /** `app` gives the page's texts (`strings`), `api`, `fetchApplication()` and `saved(application)`. */
  constructor(element, app) {
    this.#element = element;
    this.#app = app;
    this.name = element.dataset.section;
    this.kind = element.dataset.kind;
    this.#form = element.querySelector("form[data-section-form]");
    this.#base = this.#form?.querySelector("[data-base-version]");
    for (const link of element.querySelectorAll("[data-load-latest]")) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.loadLatest();
      });
    }
    if (!this.#form) {
      return;
    }
    if (this.kind === "kpis") {
      this.#kpiRows = new KpiRows(this.#form, () => this.#markDirty());
    }
    this.#form.addEventListener("submit", (event) => {
      if (event.submitter && !("save" in event.submitter.dataset)) {
        return;
      }
      event.preventDefault();
      this.save();
    });
    this.#form.addEventListener("input", () => this.#markDirty());
    this.#form.addEventListener("change", () => this.#markDirty());
    // A draft posted back by the page (a refusal without scripts) is not what is saved.
    this.#clean = this.#element.querySelector("[data-conflict]:not([hidden]), [data-section-problem]:not([hidden])") ? "" : this.#serialize();
  }

  get version() {
    return Number(this.#base?.value ?? this.#element.dataset.version) || 0;
  }

  get dirty() {
    return Boolean(this.#form) && this.#serialize() !== this.#clean;
  }

  /** Takes what another person saved: in place when there is no draft here, as a notice when there is. */
  remote(part) {
    if (part.version <= this.version) {
      return false;
    }
    const strings = this.#app.strings;
    if (this.dirty || (!this.#form && this.kind !== "text")) {
      const sections = JSON.parse(strings.sectionNames || "{}");
      this.#element.querySelector("[data-remote-text]").textContent = this.#form
        ? format(strings.otherSavedFormat, part.editorName, part.version)
        : format(strings.announceFormat, part.editorName, sections[this.name] ?? this.name, part.version);
      this.#element.querySelector("[data-remote-notice]").hidden = false;
    } else {
      this.apply(part);
      this.#element.classList.add("is-updated");
    }
    this.#showVersion(part);
    return true;
  }

  /** Brings the badges up to date with the server and takes the latest content where no draft is in the way. */
  sync(application) {
    const part = partOf(application, this.name);
    this.#showVersion(part);
    if (!this.dirty && part.version > this.version) {
      this.apply(part);
    }
  }

  async loadLatest() {
    if (!this.#form && this.kind !== "text") {
      window.location.reload();
      return;
    }
    const application = await this.#app.fetchApplication().catch(() => null);
    if (application) {
      this.apply(partOf(application, this.name));
      this.#showVersion(partOf(application, this.name));
      this.#form?.querySelector("textarea, input:not([type=hidden]), select")?.focus();
    }
  }

  apply(part) {
    if (this.kind === "text") {
      const html = part.html || "";
      const target = this.#element.querySelector("[data-preview-target], [data-readonly-html]");
      // The server rendered this from Markdown as safe HTML, as it does for the page itself.
      target.innerHTML = html;
      if (!html) {
        target.replaceChildren(Object.assign(document.createElement("p"), { className: "empty", textContent: this.#app.strings.emptyText }));
      }
      const textarea = this.#form?.querySelector("[data-markdown]");
      if (textarea) {
        textarea.value = part.markdown ?? "";
      }
    } else if (this.kind === "kpis") {
      this.#kpiRows?.fill(part.kpis);
    } else if (this.#form) {
      for (const fieldset of this.#form.querySelectorAll("[data-criterion]")) {
        const check = (part.criteria || []).find((c) => c.number === Number(fieldset.dataset.criterion));
        fieldset.querySelector("[data-criterion-met]").checked = Boolean(check?.met);
        for (const box of fieldset.querySelectorAll("[data-criterion-part]")) {
          box.checked = Boolean(check?.parts?.includes(box.value));
        }
        fieldset.querySelector("[data-criterion-note]").value = check?.note ?? "";
      }
    }
    if (this.#base) {
      this.#base.value = String(part.version);
    } else {
      this.#element.dataset.version = String(part.version);
    }
    for (const selector of ["[data-remote-notice]", "[data-conflict]", "[data-section-problem]"]) {
      const element = this.#element.querySelector(selector);
      if (element) {
        element.hidden = true;
      }
    }
    this.#clean = this.#serialize();
    this.#markDirty();
  }

  async save() {
    const strings = this.#app.strings;
    const body = this.#payload();
    if (body.problems?.length) {
      this.#showProblem(body.problems);
      return;
    }
    const button = this.#form.querySelector("[data-save]");
    const status = this.#form.querySelector("[data-save-status]");
    button.disabled = true;
    status.textContent = strings.savingText;
    this.#showProblem([]);
    try {
      const response = await fetch(`${this.#app.api}/${this.name}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        credentials: "same-origin",
        body: JSON.stringify(body.request),
      });
      const answer = await response.json().catch(() => null);
      if (response.ok) {
        this.apply(partOf(answer, this.name));
        status.textContent = format(strings.savedFormat, this.version);
        this.#app.saved(answer);
      } else if (response.status === 409) {
        status.textContent = "";
        await this.#showConflict(answer?.detail ?? strings.failedText);
      } else {
        status.textContent = "";
        this.#showProblem(this.#messages(answer, body.rows));
      }
    } catch {
      status.textContent = "";
      this.#showProblem([strings.failedText]);
    } finally {
      button.disabled = false;
    }
  }

  #payload() {
    const baseVersion = this.version;
    if (this.kind === "kpis") {
      const { kpis, rows, problems } = this.#kpiRows.read(this.#app.strings.rowProblemFormat, this.#app.strings.numberInvalid);
      return { request: { baseVersion, kpis }, rows, problems };
    }
    if (this.kind === "criteria") {
      const criteria = [...this.#form.querySelectorAll("[data-criterion]")].map((fieldset) => ({
        number: Number(fieldset.dataset.criterion),
        met: fieldset.querySelector("[data-criterion-met]").checked,
        parts: [...fieldset.querySelectorAll("[data-criterion-part]:checked")].map((box) => box.value),
        note: fieldset.querySelector("[data-criterion-note]").value,
      }));
      return { request: { baseVersion, criteria } };
    }
    return { request: { baseVersion, markdown: this.#form.querySelector("[data-markdown]").value } };
  }

  // Field errors name KPI rows by their place among the rows sent ("kpis[2].target"); the table counts every row.
  #messages(answer, rows) {
    const errors = Object.entries(answer?.errors ?? {});
    if (errors.length === 0) {
      return [answer?.detail ?? this.#app.strings.failedText];
    }
    return errors.flatMap(([key, messages]) => {
      const [, index, field] = /^kpis\[(\d+)\]\.?(\w*)/i.exec(key) ?? [];
      const row = index === undefined ? null : rows?.[Number(index)];
      const number = row ? [...row.parentElement.children].indexOf(row) + 1 : null;
      row?.querySelector(`[data-kpi-field="${field}"]`)?.setAttribute("aria-invalid", "true");
      return messages.map((message) => (number ? format(this.#app.strings.rowProblemFormat, number, message) : message));
    });
  }

  #showProblem(messages) {
    const problem = this.#element.querySelector("[data-section-problem]");
    problem.replaceChildren(...messages.map((message) => Object.assign(document.createElement("span"), { textContent: message })));
    problem.hidden = messages.length === 0;
  }

  // Someone saved in between: the draft stays, both versions are shown, and the draft is now based on the latest,
  // so saving again replaces it knowingly.
  async #showConflict(detail) {
    const application = await this.#app.fetchApplication().catch(() => null);
    const conflict = this.#element.querySelector("[data-conflict]");
    conflict.querySelector("[data-conflict-message]").textContent = detail;
    conflict.querySelector("[data-conflict-mine]").replaceChildren(this.#render(this.#draftPart()));
    if (application) {
      const latest = partOf(application, this.name);
      conflict.querySelector("[data-conflict-theirs-heading]").textContent = format(this.#app.strings.conflictTheirsFormat, latest.version, latest.editorName);
      conflict.querySelector("[data-conflict-theirs]").replaceChildren(this.#render(latest));
      this.#base.value = String(latest.version);
      this.#showVersion(latest);
      this.#app.saved(application);
    }
    this.#element.querySelector("[data-remote-notice]").hidden = true;
    conflict.hidden = false;
    conflict.querySelector("[data-load-latest]").focus();
  }

  #draftPart() {
    const request = this.#payload().request;
    return { markdown: request.markdown, kpis: request.kpis, criteria: request.criteria };
  }

  // A read-only view of a section's content for the side-by-side comparison; text only, never HTML from the draft.
  #render(part) {
    if (this.kind === "text") {
      return Object.assign(document.createElement("pre"), { className: "conflict-text", textContent: part.markdown ?? "" });
    }
    const list = document.createElement("ul");
    list.className = "criteria-list";
    if (this.kind === "kpis") {
      const labs = JSON.parse(this.#app.strings.labNames || "{}");
      for (const kpi of part.kpis || []) {
        const item = document.createElement("li");
        item.textContent = `${kpi.indicator}: ${kpi.baseline ?? "?"} → ${kpi.target ?? "?"} ${kpi.unit} (${kpi.dueDate === "0001-01-01" ? "–" : kpi.dueDate}, ${labs[kpi.ownerLabId] ?? ""})`;
        list.append(item);
      }
      return list;
    }
    const sections = JSON.parse(this.#app.strings.sectionNames || "{}");
    for (const check of part.criteria || []) {
      const item = document.createElement("li");
      const parts = (check.parts || []).map((p) => sections[p] ?? p).join(", ");
      item.textContent = `${check.met ? "☑" : "☐"} ${check.number}. ${parts}${check.note ? ` — ${check.note}` : ""}`;
      list.append(item);
    }
    return list;
  }

  #showVersion(part) {
    const strings = this.#app.strings;
    this.#element.querySelector("[data-version-badge]").textContent = part.version ? format(strings.versionFormat, part.version) : strings.notStarted;
    const updated = this.#element.querySelector("[data-updated]");
    if (part.editorName && part.at) {
      updated.textContent = format(strings.updatedFormat, part.editorName, formatTime(part.at));
      updated.hidden = false;
    }
  }

  #markDirty() {
    this.#element.classList.toggle("is-dirty", this.dirty);
  }

  #serialize() {
    if (!this.#form) {
      return "";
    }
    const entries = [...new FormData(this.#form)].filter(([name]) => name !== "Input.BaseVersion" && name !== "__RequestVerificationToken");
    return JSON.stringify(entries.map(([name, value]) => [name.replace(/\[\d+\]/, "[]"), value]));
  }
}
