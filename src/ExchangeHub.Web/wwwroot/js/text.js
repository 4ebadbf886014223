// Small text helpers for live modules: patterns come from the page (already in the reader's language).

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
