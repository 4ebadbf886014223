// The live mentor desk: requests that open (or come back to the queue) appear at once, those claimed or withdrawn
// leave. Cards are built from the server-rendered <template> with textContent only; event data is never parsed as HTML.
import { LiveClient } from "./live.js";

const root = document.querySelector("[data-desk-live]");

if (root && globalThis.signalR) {
  const list = root.querySelector("[data-live-list]");
  const template = root.querySelector("template[data-live-template]");
  const empty = root.querySelector("[data-live-empty]");
  const announcer = root.querySelector("[data-live-announcer]");
  const expertise = new Set(JSON.parse(root.dataset.expertise || "[]"));
  const themeNames = JSON.parse(root.dataset.themeNames || "{}");
  const urgencyNames = JSON.parse(root.dataset.urgencyNames || "{}");
  const leaving = new Set(["mentorrequest.claimed", "mentorrequest.cancelled", "mentorrequest.expired", "mentorrequest.resolved"]);

  const format = (pattern, value) => (pattern || "{0}").replace("{0}", String(value));
  const matches = (entry) => (entry.themes || []).some((theme) => expertise.has(theme));
  const findCard = (id) => [...list.querySelectorAll("[data-request-id]")].find((card) => card.dataset.requestId === id);

  const fill = (card, entry) => {
    card.dataset.requestId = entry.requestId;
    card.className = `card desk-card urgency-${entry.urgency}${matches(entry) ? " is-match" : ""}`;
    const field = (name) => card.querySelector(`[data-field="${name}"]`);
    const title = field("title");
    title.textContent = entry.title;
    if (typeof entry.url === "string" && entry.url.startsWith("/")) {
      title.setAttribute("href", entry.url);
    }
    field("lab").textContent = entry.labName;
    field("urgency").textContent = urgencyNames[entry.urgency] || entry.urgency;
    const position = field("position");
    position.textContent = format(position.dataset.format, entry.position);
    field("match").hidden = !matches(entry);
    field("excerpt").textContent = entry.excerpt;
    const id = field("id");
    if (id) {
      id.value = entry.requestId;
    }
    const themes = card.querySelector(".tags") || document.createElement("ul");
    themes.className = "tags";
    themes.replaceChildren(
      ...(entry.themes || []).map((slug) => {
        const item = document.createElement("li");
        item.textContent = themeNames[slug] || slug;
        return item;
      }),
    );
    if (!themes.isConnected) {
      field("excerpt").before(themes);
    }
  };

  const arrive = (entry) => {
    const existing = findCard(entry.requestId);
    if (existing) {
      fill(existing, entry);
      return;
    }
    const item = template.content.firstElementChild.cloneNode(true);
    fill(item.querySelector("[data-request-id]"), entry);
    item.classList.add("is-new");
    if (matches(entry)) {
      list.prepend(item);
    } else {
      list.append(item);
    }
    empty.hidden = true;
    announcer.textContent = format(announcer.dataset.format, entry.title);
  };

  const leave = (entry) => {
    findCard(entry.requestId)?.closest("li")?.remove();
    empty.hidden = list.querySelector("[data-request-id]") !== null;
  };

  const client = new LiveClient();
  const afterSeq = Number.parseInt(root.dataset.lastSeq || "0", 10) || 0;
  client
    .subscribe(root.dataset.stream, afterSeq, (event) => {
      if (event.type === "mentorrequest.opened" || event.type === "mentorrequest.requeued") {
        arrive(event.data);
      } else if (leaving.has(event.type)) {
        leave(event.data);
      }
    })
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
