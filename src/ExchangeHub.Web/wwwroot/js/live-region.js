// A list page that follows its streams: when any of them changes, the page's [data-live-region] is fetched again
// and swapped in place, so the inbox and the consortium list stay current without a reload. A stream given without
// a seq ("seq": null) is followed from its start, and what it already held is only read, not counted as a change.
import { sharedLiveClient } from "./live.js";

const region = document.querySelector("[data-live-region]");

if (region && globalThis.signalR) {
  const streams = JSON.parse(region.dataset.streams || "[]");
  const announcer = document.querySelector("[data-live-region-announcer]");
  let refreshing = null;
  let again = false;

  const refresh = async () => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = (async () => {
      do {
        again = false;
        const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (!response.ok) {
          return;
        }
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.querySelector("[data-live-region]");
        if (fresh) {
          // The fetched page is this same page rendered by the server again; its markup is as trusted as the first.
          region.replaceChildren(...[...fresh.childNodes].map((node) => document.importNode(node, true)));
          region.dataset.refreshed = String(Number(region.dataset.refreshed || "0") + 1);
          if (announcer) {
            announcer.textContent = announcer.dataset.text || "";
          }
        }
      } while (again);
    })()
      .catch((error) => console.warn("ExchangeHub: could not refresh the list", error))
      .finally(() => {
        refreshing = null;
      });
  };

  const client = sharedLiveClient();
  Promise.all(
    streams.map(({ stream, seq }) => {
      let counting = seq !== null && seq !== undefined;
      return client
        .subscribe(stream, counting ? Number(seq) : 0, () => {
          if (counting) {
            refresh();
          }
        })
        .then(() => {
          counting = true;
        });
    }),
  )
    .then(() => region.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
