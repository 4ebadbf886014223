// Live Markdown preview for the case-study editor: renders through the same server pipeline as publishing,
// shortly after the author stops typing. Without JavaScript the form's preview button does the same.
const delayMs = 400;

for (const form of document.querySelectorAll("form[data-editor]")) {
  const source = form.querySelector("[data-preview-source]");
  const target = form.querySelector("[data-preview-target]");
  const status = form.querySelector("[data-preview-status]");
  const button = form.querySelector("[data-preview-button]");
  if (!source || !target) {
    continue;
  }
  if (button) {
    button.hidden = true;
  }

  let timer;
  let pending;

  const render = async () => {
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(form.dataset.previewUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ markdown: source.value }),
        credentials: "same-origin",
        signal: pending.signal,
      });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const { html } = await response.json();
      // The server answers safe HTML it has already rendered, the same that the published page shows.
      target.innerHTML = html;
      status.textContent = "";
    } catch (error) {
      if (error.name !== "AbortError") {
        status.textContent = status.dataset.errorText;
      }
    }
  };

  source.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(render, delayMs);
  });
}
