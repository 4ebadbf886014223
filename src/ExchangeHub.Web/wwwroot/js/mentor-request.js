// A mentor request's page, live: its status, place in the queue, expected wait, "seen by a mentor" and who claimed it
// follow the mentor-request stream; the answers arrive on the thread stream. Text goes in with textContent; a post's
// HTML is the safe fragment the server already rendered, as on first render.
import { LiveClient } from "./live.js";

const root = document.querySelector("[data-request-live]");

if (root && globalThis.signalR) {
  const statusNames = JSON.parse(root.dataset.statusNames || "{}");
  const stepNames = JSON.parse(root.dataset.stepNames || "{}");
  const announcer = root.querySelector("[data-live-announcer]");
  const field = (name) => root.querySelector(`[data-field="${name}"]`);
  const format = (pattern, value) => (pattern || "{0}").replace("{0}", String(value));
  const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || "ja-JP", {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Asia/Tokyo",
  });

  const duration = (seconds) => {
    if (seconds === null || seconds === undefined) {
      return root.dataset.none;
    }
    return seconds < 90 * 60
      ? format(root.dataset.minutes, Math.max(1, Math.ceil(seconds / 60)))
      : format(root.dataset.hours, Math.round(seconds / 360) / 10);
  };

  const showFor = (status) => {
    root.dataset.status = status;
    for (const element of root.querySelectorAll("[data-when]")) {
      element.hidden = !element.dataset.when.split(" ").includes(status);
    }
  };

  const time = (at) => {
    const element = document.createElement("time");
    element.dateTime = at;
    element.textContent = timeFormat.format(new Date(at));
    return element;
  };

  const timeline = (steps) =>
    field("timeline").replaceChildren(
      ...steps.map((step) => {
        const item = document.createElement("li");
        item.dataset.step = step.kind;
        const name = document.createElement("span");
        name.className = "step";
        name.textContent = stepNames[step.kind] || step.kind;
        item.append(name, " ");
        if (step.actorName) {
          const actor = document.createElement("span");
          actor.className = "actor";
          actor.textContent = step.actorName;
          item.append(actor, " ");
        }
        item.append(time(step.at));
        return item;
      }),
    );

  const changed = (request) => {
    const before = root.dataset.status;
    showFor(request.status);
    field("status").textContent = statusNames[request.status] || request.status;
    field("position").textContent = request.position ?? "—";
    field("wait").textContent = duration(request.expectedWaitSeconds);
    field("seen").textContent = String(request.seenCount);
    const mentor = field("mentor");
    mentor.textContent = request.mentorName || mentor.dataset.none;
    timeline(request.timeline || []);
    if (before !== request.status) {
      announcer.textContent = statusNames[request.status] || request.status;
    }
  };

  const client = new LiveClient();
  showFor(root.dataset.status);
  client
    .subscribe(root.dataset.stream, Number.parseInt(root.dataset.lastSeq || "0", 10) || 0, (event) => {
      if (event.type.startsWith("mentorrequest.")) {
        changed(event.data);
      }
    })
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));

  const thread = root.querySelector("[data-thread-live]");
  if (thread) {
    const list = thread.querySelector("[data-live-list]");
    const template = thread.querySelector("template[data-live-template]");
    const findPost = (seq) => list.querySelector(`[data-post-seq="${Number(seq)}"]`);

    const body = (article, post) => {
      const html = article.querySelector('[data-field="html"]');
      html.innerHTML = post.html;
      html.hidden = Boolean(post.hidden);
      article.querySelector('[data-field="hidden"]').hidden = !post.hidden;
    };

    const fill = (article, post) => {
      article.id = `post-${post.seq}`;
      article.dataset.postSeq = String(post.seq);
      article.querySelector('[data-field="author"]').textContent = post.authorName;
      const created = time(post.createdAt);
      created.dataset.field = "time";
      article.querySelector('[data-field="time"]').replaceWith(created);
      body(article, post);
    };

    const created = (post) => {
      if (findPost(post.seq)) {
        return;
      }
      const item = template.content.firstElementChild.cloneNode(true);
      fill(item.querySelector("[data-post-seq]"), post);
      list.append(item);
    };

    client
      .subscribe(thread.dataset.stream, Number.parseInt(thread.dataset.lastSeq || "0", 10) || 0, (event) => {
        if (event.type === "post.created") {
          created(event.data);
        } else if (event.type === "post.edited" || event.type === "post.hidden") {
          const article = findPost(event.data.seq);
          if (article) {
            body(article, event.data);
          }
        } else if (event.type === "post.deleted") {
          findPost(event.data.seq)?.closest("li")?.remove();
        }
      })
      .then(() => thread.setAttribute("data-live-ready", ""))
      .catch((error) => console.warn("ExchangeHub: live updates are off", error));

    const compose = thread.querySelector("form[data-compose]");
    compose?.addEventListener("submit", async (submit) => {
      submit.preventDefault();
      const body = compose.querySelector("textarea");
      const status = compose.querySelector("[data-compose-status]");
      const button = compose.querySelector("button[type=submit]");
      if (!body.value.trim()) {
        return;
      }
      button.disabled = true;
      try {
        const response = await fetch(`/api/threads/${encodeURIComponent(thread.dataset.threadId)}/posts`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({ body: body.value, clientId: crypto.randomUUID() }),
          credentials: "same-origin",
        });
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        body.value = "";
      } catch {
        status.textContent = compose.dataset.errorText;
      } finally {
        button.disabled = false;
      }
    });
  }
}
