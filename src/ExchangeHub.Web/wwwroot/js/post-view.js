// Fills a thread's post markup (the page's server-rendered <template>) from a post as the API and live events carry it.
// Text goes in with textContent; only `html`, which the server rendered as safe HTML, is inserted as HTML.
import { format, formatTime } from "./text.js";

export class PostView {
  #root;
  #list;
  #template;
  #userId;

  constructor(root) {
    this.#root = root;
    this.#list = root.querySelector("[data-post-list]");
    this.#template = root.querySelector("template[data-post-template]");
    this.#userId = document.body.dataset.userId || null;
    this.acceptedSeq = Number(root.dataset.acceptedSeq) || null;
  }

  get #data() {
    return this.#root.dataset;
  }

  find(seq) {
    return this.#list.querySelector(`[data-post][data-seq="${Number(seq)}"]`);
  }

  /** Adds a post after the others, or updates it in place if the page shows it already; answers the new article or null. */
  add(post) {
    const existing = this.find(post.seq);
    if (existing) {
      this.fill(existing, post);
      return null;
    }
    const item = this.#template.content.firstElementChild.cloneNode(true);
    const article = item.querySelector("[data-post]");
    this.fill(article, post);
    this.#list.append(item);
    return article;
  }

  update(post) {
    const article = this.find(post.seq);
    if (article) {
      this.fill(article, post);
    }
  }

  fill(article, shown) {
    // A post a moderator hid reads like a deleted one, with its own notice.
    const post = shown.hidden ? { ...shown, deleted: true } : shown;
    const seq = post.seq;
    const url = this.#data.threadUrl;
    const field = (name) => article.querySelector(`[data-field="${name}"]`);
    article.id = `post-${seq}`;
    article.dataset.seq = String(seq);
    article.dataset.authorId = post.authorId;
    article.classList.toggle("is-deleted", post.deleted);
    field("author").textContent = post.authorName;
    field("permalink").href = `${url}#post-${seq}`;
    const number = field("number");
    number.textContent = format(number.dataset.format, seq);
    const created = field("created");
    created.dateTime = post.createdAt;
    created.textContent = formatTime(post.createdAt);
    const edited = field("edited");
    edited.href = `${url}/posts/${seq}/history`;
    edited.hidden = !post.editedAt || post.deleted;
    field("reply-to").hidden = post.replyTo == null;
    if (post.replyTo != null) {
      const link = field("reply-link");
      link.href = `#post-${post.replyTo}`;
      link.textContent = format(link.dataset.format, post.replyTo);
    }
    const body = field("body");
    body.hidden = post.deleted;
    // The server rendered this fragment from Markdown as safe HTML; it is the same HTML the page itself shows.
    body.innerHTML = post.deleted ? "" : post.html;
    field("deleted").hidden = !post.deleted || Boolean(post.hidden);
    const hidden = field("hidden");
    if (hidden) {
      hidden.hidden = !post.hidden;
    }
    const flag = field("flag");
    if (flag) {
      flag.hidden = post.deleted;
      flag.querySelector('[name="seq"]').value = String(seq);
      flag.querySelector("textarea").id = `flag-reason-${seq}`;
      flag.querySelector("label").htmlFor = `flag-reason-${seq}`;
    }
    this.#fillReactions(field, post);
    this.#fillActions(article, field, post);
    this.#markAccepted(article);
  }

  /** Shows which post answers the thread (none when `seq` is null). */
  setAccepted(seq) {
    this.acceptedSeq = seq;
    for (const article of this.#list.querySelectorAll("[data-post]")) {
      this.#markAccepted(article);
    }
  }

  #markAccepted(article) {
    const accepted = this.acceptedSeq !== null && Number(article.dataset.seq) === this.acceptedSeq;
    article.classList.toggle("is-accepted", accepted);
    article.querySelector('[data-field="accepted"]').hidden = !accepted;
    const accept = article.querySelector('[data-field="accept"]');
    if (accept) {
      accept.hidden = accepted || article.classList.contains("is-deleted");
    }
  }

  #fillActions(article, field, post) {
    const actions = field("actions");
    if (!actions) {
      return;
    }
    const url = this.#data.threadUrl;
    actions.hidden = post.deleted;
    const reply = field("reply");
    if (reply) {
      reply.href = `${url}?replyTo=${post.seq}#compose`;
      field("quote").href = `${url}?quote=${post.seq}#compose`;
    }
    const own = this.#data.canModerate === "true" || (this.#data.canPost === "true" && post.authorId === this.#userId);
    for (const control of article.querySelectorAll("[data-owner-only]")) {
      control.hidden = !own;
      if (control.tagName === "A") {
        control.href = `${url}/posts/${post.seq}/edit`;
      } else {
        control.value = String(post.seq);
      }
    }
    const accept = field("accept");
    if (accept) {
      accept.value = String(post.seq);
    }
  }

  #fillReactions(field, post) {
    field("reactions").hidden = post.deleted;
    const reactions = post.reactions || [];
    const mine = new Set(reactions.filter((r) => r.userIds.includes(this.#userId)).map((r) => r.emoji));
    const canReact = this.#data.canPost === "true";
    const list = field("reaction-list");
    list.replaceChildren(
      ...reactions.map((reaction) => {
        const item = document.createElement("li");
        const label = format(this.#data.reactionFormat, reaction.emoji, reaction.userIds.length);
        const control = canReact
          ? this.#reactionButton(post.seq, reaction.emoji, mine.has(reaction.emoji), label)
          : Object.assign(document.createElement("span"), { className: "reaction", title: label });
        if (!canReact) {
          control.setAttribute("role", "img");
          control.setAttribute("aria-label", label);
        }
        const count = document.createElement("span");
        count.className = "count";
        count.textContent = String(reaction.userIds.length);
        control.replaceChildren(`${reaction.emoji} `, count);
        item.append(control);
        return item;
      }),
    );
    list.hidden = reactions.length === 0;
    const choices = field("reaction-choices");
    if (choices) {
      const allowed = JSON.parse(this.#data.allowed || "[]");
      choices.replaceChildren(
        ...allowed.map((emoji) => {
          const button = this.#reactionButton(post.seq, emoji, mine.has(emoji), format(this.#data.reactFormat, emoji));
          button.textContent = emoji;
          return button;
        }),
      );
    }
  }

  #reactionButton(seq, emoji, pressed, label) {
    const button = document.createElement("button");
    button.type = "submit";
    button.className = "reaction";
    button.setAttribute("form", this.#data.actionsForm);
    button.name = "seq";
    button.value = String(seq);
    button.formAction = `${this.#data.threadUrl}?handler=React&emoji=${encodeURIComponent(emoji)}&add=${!pressed}`;
    button.dataset.action = "react";
    button.dataset.emoji = emoji;
    button.setAttribute("aria-pressed", String(pressed));
    button.setAttribute("aria-label", label);
    button.title = label;
    return button;
  }
}
