// The header's inbox link: its unread count follows the person's own stream (user:{id}), so it rises when a
// notification arrives and falls when notifications are read elsewhere; a new notification is also announced.
import { sharedLiveClient } from "./live.js";
import { format } from "./text.js";

const link = document.querySelector("[data-inbox]");

if (link?.dataset.stream && globalThis.signalR) {
  const count = link.querySelector("[data-inbox-count]");
  const label = link.querySelector("[data-inbox-label]");
  const announcer = document.querySelector("[data-inbox-announcer]");

  const show = (unread) => {
    count.textContent = String(unread);
    count.hidden = unread === 0;
    label.textContent = unread === 0 ? label.dataset.none : format(label.dataset.format, unread);
  };

  sharedLiveClient()
    .subscribe(link.dataset.stream, Number(link.dataset.lastSeq) || 0, (event) => {
      if (typeof event.data?.unreadCount === "number") {
        show(event.data.unreadCount);
      }
      const notification = event.type === "notification" ? event.data.notification : null;
      if (notification && announcer) {
        announcer.textContent = format(announcer.dataset.format, notification.actorName, notification.threadTitle);
      }
    })
    .then(() => link.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: the inbox count is not live", error));
}
