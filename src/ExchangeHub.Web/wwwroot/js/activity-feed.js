// The home page's activity feed: items from the public activity stream are added at the top of the list without a
// reload. Sentences are built from the server's patterns with textContent only; event data is never parsed as HTML.
import { sharedLiveClient } from "./live.js";
import { formatTime, prependEntry } from "./text.js";

const root = document.querySelector("[data-activity-live]");
const keep = 12;

if (root && globalThis.signalR) {
  const patterns = JSON.parse(root.dataset.patterns || "{}");

  const sentence = (item) =>
    (patterns[item.kind] || "{0}").replace("{0}", item.labName || "").replace("{1}", item.title || "");

  const add = (item) => {
    if (!patterns[item.kind]) {
      return;
    }
    prependEntry(
      root,
      (entry) => {
        entry.classList.add(`activity-${item.kind.replace(".", "-")}`, "is-new");
        const link = entry.querySelector("a");
        link.textContent = sentence(item);
        if (typeof item.url === "string" && item.url.startsWith("/") && !item.url.startsWith("//")) {
          link.setAttribute("href", item.url);
        }
        const time = entry.querySelector("time");
        time.dateTime = item.at;
        time.textContent = formatTime(item.at);
      },
      keep,
    );
  };

  const afterSeq = Number.parseInt(root.dataset.lastSeq || "0", 10) || 0;
  sharedLiveClient()
    .subscribe(root.dataset.stream, afterSeq, (event) => add(event.data || {}))
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
