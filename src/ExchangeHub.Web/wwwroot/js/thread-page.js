// A live thread (its own page, or a case study's discussion): follows thread:{id} from the seq the page was rendered at.
// New posts are added from the page's <template> and announced; edits, deletions and reactions change posts in place;
// resolving shows at once. Who is viewing and who is typing come as signals. Buttons and the answer box use the API
// when JavaScript is on and post their forms when it is not.
import { sharedLiveClient } from "./live.js";
import { PostView } from "./post-view.js";
import { format } from "./text.js";
import { enhanceCompose } from "./thread-compose.js";

const typingShownMs = 5000;
const readDelayMs = 1000;
const postFallbackMs = 4000;

const root = document.querySelector("[data-thread-live]");

if (root && globalThis.signalR) {
  const data = root.dataset;
  const api = `/api/threads/${encodeURIComponent(data.threadId)}`;
  const userId = document.body.dataset.userId || null;
  const view = new PostView(root);
  const client = sharedLiveClient();
  const announcer = root.querySelector("[data-live-announcer]");
  const actionProblem = root.querySelector("[data-action-problem]");
  const presence = root.querySelector("[data-presence]");
  const typingLine = root.querySelector("[data-typing]");
  const typers = new Map();
  let postCount = Number(data.postCount) || 0;
  let readSent = 0;
  let readWanted = 0;
  let readTimer;

  const send = (method, url, body) =>
    fetch(url, {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const getPost = async (seq) => {
    const response = await send("GET", `${api}/posts?after=${seq - 1}&limit=1`);
    const page = response.ok ? await response.json() : null;
    return page?.items?.find((post) => post.seq === seq) ?? null;
  };

  // Reading a post as it arrives counts: the unread view should not list what the person has just seen.
  const markRead = (seq) => {
    readWanted = Math.max(readWanted, seq);
    if (!userId || readWanted <= readSent || document.visibilityState !== "visible") {
      return;
    }
    clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      readSent = readWanted;
      send("POST", `${api}/read`, { seq: readSent }).catch(() => {});
    }, readDelayMs);
  };
  document.addEventListener("visibilitychange", () => markRead(readWanted));

  const showTyping = () => {
    const now = Date.now();
    for (const [id, typer] of typers) {
      if (typer.until <= now) {
        typers.delete(id);
      }
    }
    const names = [...typers.values()].map((typer) => typer.name);
    typingLine.hidden = names.length === 0;
    typingLine.textContent = names.length ? format(typingLine.dataset.format, names.join(typingLine.dataset.separator)) : "";
  };

  const created = (post) => {
    typers.delete(post.authorId);
    showTyping();
    postCount = Math.max(postCount, post.seq);
    root.querySelector("[data-post-count]").textContent = `(${postCount})`;
    const headerCount = document.querySelector("[data-thread-post-count]");
    if (headerCount) {
      headerCount.textContent = format(headerCount.dataset.format, postCount);
    }
    if (post.authorId !== userId) {
      announcer.textContent = format(announcer.dataset.format, post.authorName);
    }
    if (data.latest !== "true") {
      root.querySelector("[data-newer-notice]").hidden = false;
      return;
    }
    const article = view.add(post);
    if (article) {
      article.classList.add("is-new");
      root.querySelector("[data-live-empty]").hidden = true;
    }
    markRead(post.seq);
  };

  const showResolved = (isResolved, acceptedSeq) => {
    const accepted = isResolved ? (acceptedSeq ?? null) : null;
    view.setAccepted(accepted);
    document.querySelector("[data-thread-resolved]")?.toggleAttribute("hidden", !isResolved);
    for (const button of document.querySelectorAll("[data-when]")) {
      button.hidden = (button.dataset.when === "resolved") !== isResolved;
    }
    const notice = document.querySelector("[data-accepted-notice]");
    if (notice) {
      notice.hidden = accepted === null;
      const link = notice.querySelector("[data-accepted-link]");
      link.href = `#post-${accepted}`;
      link.textContent = format(link.dataset.format, accepted);
    }
  };

  const onEvent = (event) => {
    switch (event.type) {
      case "post.created":
        created(event.data);
        break;
      case "post.edited":
      case "post.deleted":
      case "post.hidden":
      case "post.reacted":
        view.update(event.data);
        break;
      case "thread.resolved":
        showResolved(true, event.data.acceptedSeq);
        break;
      case "thread.reopened":
        showResolved(false);
        break;
      default:
        break;
    }
  };

  const onSignal = (signal) => {
    if (signal.type === "presence") {
      const others = new Map((signal.data?.viewers || []).filter((v) => v.userId && v.userId !== userId).map((v) => [v.userId, v.displayName]));
      presence.hidden = others.size === 0;
      presence.textContent = others.size ? format(presence.dataset.format, [...others.values()].join(presence.dataset.separator)) : "";
    } else if (signal.type === "typing" && signal.data?.userId && signal.data.userId !== userId) {
      typers.set(signal.data.userId, { name: signal.data.displayName, until: Date.now() + typingShownMs });
      showTyping();
      setTimeout(showTyping, typingShownMs + 100);
    }
  };

  // The thread's buttons submit one form of the page; with JavaScript they call the API and keep the page (and its
  // live connection). The answer is applied at once; the live event that follows changes nothing more.
  const requestFor = (button) => {
    const seq = Number(button.value);
    switch (button.dataset.action) {
      case "react": {
        const emoji = button.dataset.emoji;
        return button.getAttribute("aria-pressed") === "true"
          ? ["DELETE", `${api}/posts/${seq}/reactions/${encodeURIComponent(emoji)}`]
          : ["POST", `${api}/posts/${seq}/reactions`, { emoji }];
      }
      case "delete":
        return ["DELETE", `${api}/posts/${seq}`];
      case "accept":
        return ["POST", `${api}/resolve`, { acceptedSeq: seq }];
      case "resolve":
        return ["POST", `${api}/resolve`, {}];
      case "reopen":
        return ["POST", `${api}/reopen`];
      default:
        return null;
    }
  };

  // Rebuilding a post's reactions replaces the button that was pressed: a choice from the picker closes it and
  // returns focus to it, a pressed reaction hands focus to its successor.
  const refocusAfter = (button) => {
    const article = button.closest("[data-post]");
    const picker = button.closest("details");
    const emoji = CSS.escape(button.dataset.emoji || "");
    return () => {
      if (picker) {
        picker.removeAttribute("open");
        picker.querySelector("summary")?.focus();
        return;
      }
      (article?.querySelector(`[data-field="reaction-list"] [data-emoji="${emoji}"]`) ?? article?.querySelector(".reaction-picker summary"))?.focus();
    };
  };

  document.getElementById(data.actionsForm)?.addEventListener("submit", async (event) => {
    const button = event.submitter;
    const request = button && requestFor(button);
    if (!request) {
      return;
    }
    event.preventDefault();
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      return;
    }
    const refocus = button.dataset.action === "react" ? refocusAfter(button) : () => {};
    button.disabled = true;
    actionProblem.hidden = true;
    try {
      const response = await send(...request);
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        actionProblem.textContent = answer?.detail ?? actionProblem.dataset.errorText;
        actionProblem.hidden = false;
        return;
      }
      if (answer?.seq !== undefined) {
        view.update(answer);
        refocus();
      } else if (answer?.state) {
        showResolved(answer.state === "resolved", answer.acceptedSeq);
      }
    } catch {
      actionProblem.textContent = actionProblem.dataset.errorText;
      actionProblem.hidden = false;
    } finally {
      button.disabled = false;
    }
  });

  enhanceCompose(root, {
    postUrl: `${api}/posts`,
    getPost,
    typing: () => client.invoke("Typing", data.threadId).catch(() => {}),
    // The live event normally brings the post; if the connection is down, it is fetched.
    posted: (seq) =>
      setTimeout(async () => {
        if (!view.find(seq)) {
          const post = await getPost(seq).catch(() => null);
          if (post && !view.find(seq)) {
            created(post);
          }
        }
      }, postFallbackMs),
  });

  const lastShown = [...root.querySelectorAll("[data-post]")].at(-1);
  readSent = Number(lastShown?.dataset.seq) || 0;
  client.onSignal(data.stream, onSignal);
  client
    .subscribe(data.stream, Number(data.lastSeq) || 0, onEvent)
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
