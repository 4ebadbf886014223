// The answer box of a thread when JavaScript is on: sends the post with fetch (the form posts normally without it),
// with a client id so a resend after a lost answer never makes a second post; reply and quote fill the box in place;
// typing is announced to the thread's other viewers at most once every three seconds.
import { format } from "./text.js";

const typingEveryMs = 3000;

const newClientId = () =>
  crypto.randomUUID?.() ?? [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Markdown quoting a post: each line behind "> ", then a blank line to write under. */
const quote = (body) =>
  `${body
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n")}\n\n`;

/**
 * Enhances the compose form inside `root`. `thread` gives `postUrl`, `getPost(seq)`, `typing()` and `posted(seq)`, the last
 * called once the server has the post (it shows up from the live event; `posted` makes sure it does).
 */
export function enhanceCompose(root, thread) {
  const form = root.querySelector("form[data-compose]");
  if (!form) {
    return;
  }
  const textarea = form.querySelector("textarea[data-preview-source]");
  const clientId = form.querySelector("[data-client-id]");
  const replyInput = form.querySelector("[data-reply-input]");
  const replyNotice = form.querySelector("[data-reply-notice]");
  const replyText = form.querySelector("[data-reply-text]");
  const problem = form.querySelector("[data-compose-problem]");
  const submit = form.querySelector("[data-compose-submit]");
  const preview = form.querySelector("[data-preview-target]");
  let sending = false;
  let lastTyping = 0;
  clientId.value = newClientId();

  const setReply = (seq) => {
    replyInput.value = seq == null ? "" : String(seq);
    replyNotice.hidden = seq == null;
    if (seq != null) {
      replyText.textContent = format(replyText.dataset.format, seq);
    }
  };

  const showProblem = (answer) => {
    problem.textContent = answer?.errors?.body?.[0] ?? answer?.detail ?? problem.dataset.errorText;
    problem.hidden = false;
  };

  form.querySelector("[data-reply-cancel]").addEventListener("click", (event) => {
    event.preventDefault();
    setReply(null);
    textarea.focus();
  });

  root.addEventListener("click", async (event) => {
    const link = event.target.closest('[data-field="reply"], [data-field="quote"]');
    const article = link?.closest("[data-post]");
    if (!article) {
      return;
    }
    event.preventDefault();
    const seq = Number(article.dataset.seq);
    setReply(seq);
    if (link.dataset.field === "quote") {
      const post = await thread.getPost(seq);
      if (post && !post.deleted) {
        const quoted = quote(post.body);
        textarea.value = textarea.value.trim() ? `${textarea.value.trimEnd()}\n\n${quoted}` : quoted;
        textarea.dispatchEvent(new Event("input"));
      }
    }
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  });

  textarea.addEventListener("input", () => {
    const now = Date.now();
    if (now - lastTyping >= typingEveryMs) {
      lastTyping = now;
      thread.typing();
    }
  });

  form.addEventListener("submit", async (event) => {
    if (event.submitter && event.submitter !== submit) {
      return;
    }
    event.preventDefault();
    if (sending) {
      return;
    }
    sending = true;
    submit.disabled = true;
    problem.hidden = true;
    try {
      const response = await fetch(thread.postUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({
          body: textarea.value,
          replyTo: replyInput.value ? Number(replyInput.value) : null,
          clientId: clientId.value,
        }),
      });
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        showProblem(answer);
        return;
      }
      textarea.value = "";
      preview?.replaceChildren();
      setReply(null);
      // Only a post the server has confirmed gets a new id; a failed send keeps its id, so sending again is safe.
      clientId.value = newClientId();
      thread.posted(answer.seq);
    } catch {
      showProblem(null);
    } finally {
      sending = false;
      submit.disabled = false;
    }
  });
}
