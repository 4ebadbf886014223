// Small helpers for live modules: patterns come from the page (already in the reader's language), times are shown
// as the server shows them, and new entries are copied from the page's own <template>.

/** Fills {0}, {1}... of a localised pattern. */
export const format = (pattern, ...values) =>
  values.reduce((text, value, index) => text.replaceAll(`{${index}}`, String(value)), pattern || "{0}");

const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || "ja-JP", {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "Asia/Tokyo",
});

/** A time as the pages show it: in Japan time, in the page's language. */
export const formatTime = (iso) => timeFormat.format(new Date(iso));

/**
 * Adds a copy of the root's <template data-live-template> entry, filled by fill(entry), at the top of its
 * [data-live-list], keeps at most keep entries, and hides the root's [data-live-empty] note.
 */
export const prependEntry = (root, fill, keep = Number.POSITIVE_INFINITY) => {
  const list = root.querySelector("[data-live-list]");
  const entry = root.querySelector("template[data-live-template]").content.firstElementChild.cloneNode(true);
  fill(entry);
  list.prepend(entry);
  while (list.childElementCount > keep) {
    list.lastElementChild.remove();
  }
  const empty = root.querySelector("[data-live-empty]");
  if (empty) {
    empty.hidden = true;
  }
  return entry;
};
