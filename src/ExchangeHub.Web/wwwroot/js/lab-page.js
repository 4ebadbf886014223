// Live case studies on a lab's page: new ones appear at the top of the list, revised ones update in place.
// Cards are built from the server-rendered <template> with textContent only; event data is never parsed as HTML.
import { sharedLiveClient } from "./live.js";
import { format, formatTime, prependEntry } from "./text.js";

const root = document.querySelector("[data-lab-live]");

if (root && globalThis.signalR) {
  const list = root.querySelector("[data-live-list]");
  const announcer = root.querySelector("[data-live-announcer]");
  const themeNames = JSON.parse(root.dataset.themeNames || "{}");

  const fill = (card, data) => {
    card.dataset.caseStudyId = data.id;
    const title = card.querySelector('[data-field="title"]');
    title.textContent = data.title;
    if (typeof data.url === "string" && data.url.startsWith("/")) {
      title.setAttribute("href", data.url);
    }
    card.querySelector('[data-field="summary"]').textContent = data.summary;
    card.querySelector('[data-field="author"]').textContent = data.authorName;
    const published = card.querySelector('[data-field="published"]');
    published.dateTime = data.publishedAt;
    published.textContent = formatTime(data.publishedAt);
    const revision = card.querySelector('[data-field="revision"]');
    revision.textContent = format(revision.dataset.format, data.revision);
    const themes = card.querySelector('[data-field="themes"]');
    themes.replaceChildren(
      ...(data.themes || []).map((slug) => {
        const item = document.createElement("li");
        item.textContent = themeNames[slug] || slug;
        return item;
      }),
    );
    themes.hidden = themes.childElementCount === 0;
  };

  const findCard = (id) =>
    [...list.querySelectorAll("[data-case-study-id]")].find((card) => card.dataset.caseStudyId === id);

  const published = (data) => {
    const existing = findCard(data.id);
    if (existing) {
      fill(existing, data);
      return;
    }
    prependEntry(root, (item) => {
      const card = item.querySelector("[data-case-study-id]");
      fill(card, data);
      card.classList.add("is-new");
    });
    announcer.textContent = format(announcer.dataset.format, data.title);
  };

  const revised = (data) => {
    const card = findCard(data.id);
    if (card) {
      fill(card, data);
    } else {
      published(data);
    }
  };

  const client = sharedLiveClient();
  const afterSeq = Number.parseInt(root.dataset.lastSeq || "0", 10) || 0;
  client
    .subscribe(root.dataset.stream, afterSeq, (event) => {
      if (event.type === "casestudy.published") {
        published(event.data);
      } else if (event.type === "casestudy.revised") {
        revised(event.data);
      }
    })
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
