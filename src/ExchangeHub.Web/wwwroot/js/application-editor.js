// The application editor (a consortium's joint application or an IoT lab's transition plan). Each section saves on its
// own through the API (see application-section.js). The page follows application:{key} from the seq it was rendered
// at: what another person saves appears in place, or as a notice over a draft, and is announced; the completeness,
// the history and the version badges are fetched again after every change.
import { SectionEditor } from "./application-section.js";
import { sharedLiveClient } from "./live.js";
import { format, formatTime } from "./text.js";

const refreshDelayMs = 150;

const root = document.querySelector("[data-application]");

if (root) {
  const strings = root.dataset;
  const sectionNames = JSON.parse(strings.sectionNames || "{}");
  const announcer = root.querySelector("[data-live-announcer]");
  const completeness = root.querySelector("[data-completeness]");
  const history = root.querySelector("[data-history]");
  let refreshTimer;

  const fetchApplication = async () => {
    const response = await fetch(strings.apiUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  };

  const showCompleteness = (application) => {
    completeness.querySelector("[data-score]").textContent = String(application.completeness);
    completeness.querySelector("[data-score-bar]").value = application.completeness;
    completeness.querySelector("[data-score-bar]").textContent = `${application.completeness}%`;
    const missing = application.missing || [];
    completeness.querySelector("[data-missing]").replaceChildren(
      ...missing.map((text) => Object.assign(document.createElement("li"), { textContent: text })),
    );
    completeness.querySelector("[data-missing-block]").hidden = missing.length === 0;
    completeness.querySelector("[data-complete]").hidden = missing.length > 0;
  };

  const showHistory = (application) => {
    const changes = (application.history || []).slice(0, Number(strings.historyShown) || 30);
    history.replaceChildren(
      ...changes.map((change) => {
        const item = document.createElement("li");
        const what = document.createElement("span");
        what.textContent = format(strings.historyFormat, change.editorName, sectionNames[change.section] ?? change.section, change.version);
        const time = document.createElement("time");
        time.dateTime = change.at;
        time.textContent = formatTime(change.at);
        item.append(what, " ", time);
        return item;
      }),
    );
    root.querySelector("[data-history-empty]").hidden = changes.length > 0;
  };

  const sections = new Map();

  const showApplication = (application) => {
    showCompleteness(application);
    showHistory(application);
    for (const section of sections.values()) {
      section.sync(application);
    }
  };

  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => fetchApplication().then(showApplication).catch(() => {}), refreshDelayMs);
  };

  const context = { strings, api: strings.apiUrl, fetchApplication, saved: showApplication };
  for (const element of root.querySelectorAll("[data-section]")) {
    sections.set(element.dataset.section, new SectionEditor(element, context));
  }

  if (globalThis.signalR) {
    sharedLiveClient()
      .subscribe(strings.stream, Number(strings.lastSeq) || 0, (event) => {
        if (event.type !== "application.updated") {
          return;
        }
        const data = event.data || {};
        if (sections.get(data.section)?.remote(data)) {
          announcer.textContent = format(strings.announceFormat, data.editorName, sectionNames[data.section] ?? data.section, data.version);
        }
        refreshSoon();
      })
      .then(() => root.setAttribute("data-live-ready", ""))
      .catch((error) => console.warn("ExchangeHub: live updates are off", error));
  }
}
