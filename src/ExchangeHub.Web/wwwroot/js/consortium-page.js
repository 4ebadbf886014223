// A consortium's page: follows consortium:{id} from the seq the page was rendered at, so member labs, their states,
// the lead, the status and the details change in place and are announced. Buttons that ask first (leave, hand over)
// confirm with the person; without JavaScript the forms simply post.
import { sharedLiveClient } from "./live.js";
import { format } from "./text.js";

const root = document.querySelector("[data-consortium-live]");

for (const button of document.querySelectorAll("button[data-confirm]")) {
  button.form?.addEventListener("submit", (event) => {
    if (event.submitter === button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
}

if (root && globalThis.signalR) {
  const data = root.dataset;
  const statusNames = JSON.parse(data.statusNames || "{}");
  const stateNames = JSON.parse(data.stateNames || "{}");
  const announcements = JSON.parse(data.announcements || "{}");
  const adminLabs = new Set(JSON.parse(data.adminLabs || "[]"));
  const list = root.querySelector("[data-member-list]");
  const template = root.querySelector("template[data-member-template]");
  const announcer = root.querySelector("[data-live-announcer]");
  const field = (name) => root.querySelector(`[data-field="${name}"]`);
  let leadLabId = data.leadLabId;
  let status = data.status;
  let leadAdmin = adminLabs.has(leadLabId);

  const memberItem = (labId) => [...list.querySelectorAll("[data-lab-id]")].find((item) => item.dataset.labId === labId);

  const members = () =>
    [...list.querySelectorAll("[data-lab-id]")].map((item) => ({
      labId: item.dataset.labId,
      name: item.querySelector('[data-field="name"]').textContent,
      state: item.dataset.state,
    }));

  const setMember = (labId, labName, state) => {
    let item = memberItem(labId);
    if (!item) {
      item = template.content.firstElementChild.cloneNode(true);
      item.dataset.labId = labId;
      const link = item.querySelector('[data-field="name"]');
      link.href = `/labs/${encodeURIComponent(labId)}`;
      list.append(item);
    }
    if (labName) {
      item.querySelector('[data-field="name"]').textContent = labName;
    }
    item.dataset.state = state;
    const badge = item.querySelector('[data-field="state"]');
    badge.className = `badge state-${state}`;
    badge.textContent = stateNames[state] || state;
    item.classList.add("is-new");
  };

  // The hand-over choices are the joined labs other than the lead; the invite choices leave out labs in or invited.
  const refreshChoices = () => {
    const all = members();
    const select = root.querySelector("[data-hand-over-select]");
    if (select) {
      const choices = all.filter((m) => m.state === "joined" && m.labId !== leadLabId);
      select.replaceChildren(...choices.map((m) => new Option(m.name, m.labId)));
      root.querySelector("[data-hand-over-form]").hidden = choices.length === 0;
      root.querySelector("[data-hand-over-empty]").hidden = choices.length > 0;
    }
    const taken = new Set(all.filter((m) => m.state === "joined" || m.state === "invited").map((m) => m.labId));
    for (const option of root.querySelectorAll("[data-invite-select] option")) {
      option.disabled = taken.has(option.value);
      option.hidden = option.disabled;
    }
    for (const form of root.querySelectorAll("[data-leave-lab]")) {
      const member = all.find((m) => m.labId === form.dataset.leaveLab);
      form.hidden = form.dataset.leaveLab === leadLabId || member?.state !== "joined";
    }
  };

  const showLead = (labId, labName) => {
    const wasLeadAdmin = leadAdmin;
    leadLabId = labId;
    leadAdmin = adminLabs.has(labId);
    const lead = field("lead");
    lead.textContent = format(lead.dataset.format, labName);
    for (const item of list.querySelectorAll("[data-lab-id]")) {
      item.querySelector('[data-field="lead"]').hidden = item.dataset.labId !== labId;
    }
    // What the person may do follows the lead: tools go at once, new ones come with a reload.
    for (const tools of root.querySelectorAll("[data-lead-tools]")) {
      tools.hidden = !leadAdmin;
    }
    root.querySelector("[data-lead-notice]").hidden = wasLeadAdmin || !leadAdmin;
    showStatus(status);
  };

  const showStatus = (next) => {
    status = next;
    const badge = field("status");
    badge.className = `badge status-${next}`;
    badge.textContent = statusNames[next] || next;
    const tools = root.querySelector("[data-status-tools]");
    if (tools) {
      let any = false;
      for (const button of tools.querySelectorAll("button[data-from]")) {
        button.hidden = !button.dataset.from.split(" ").includes(status) || ("leadStep" in button.dataset && !leadAdmin);
        any ||= !button.hidden;
      }
      tools.querySelector("[data-no-steps]").hidden = any;
    }
  };

  const showDeadline = (deadline) => {
    const element = field("deadline");
    if (!deadline) {
      element.textContent = element.dataset.none;
      element.classList.remove("is-near");
      return;
    }
    const lang = document.documentElement.lang || "ja-JP";
    const day = (at) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(at);
    const daysLeft = Math.round((Date.parse(day(new Date(deadline))) - Date.parse(day(new Date()))) / 86_400_000);
    const date = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Tokyo" }).format(new Date(deadline));
    const left = daysLeft > 0 ? format(element.dataset.daysLeft, daysLeft) : daysLeft === 0 ? element.dataset.today : element.dataset.overdue;
    element.textContent = format(element.dataset.format, date, left);
    element.classList.toggle("is-near", daysLeft >= 0 && daysLeft <= 7);
  };

  const announce = (type, value) => {
    if (announcements[type]) {
      announcer.textContent = format(announcements[type], value ?? "");
    }
  };

  const onEvent = (event) => {
    const e = event.data || {};
    switch (event.type) {
      case "consortium.invited":
        setMember(e.labId, e.labName, "invited");
        announce(event.type, e.labName);
        break;
      case "consortium.joined":
        setMember(e.labId, e.labName, "joined");
        announce(event.type, e.labName);
        break;
      case "consortium.declined":
        setMember(e.labId, e.labName, "declined");
        announce(event.type, e.labName);
        break;
      case "consortium.left":
        setMember(e.labId, e.labName, "left");
        announce(event.type, e.labName);
        break;
      case "consortium.lead-changed":
        showLead(e.leadLabId, e.labName);
        announce(event.type, e.labName);
        break;
      case "consortium.status":
        showStatus(e.status);
        announce(event.type, statusNames[e.status] || e.status);
        break;
      case "consortium.updated":
        field("name").textContent = e.name;
        field("purpose").textContent = e.purpose;
        field("purpose").hidden = !e.purpose;
        showDeadline(e.deadline);
        announce(event.type);
        break;
      case "consortium.deadline":
        showDeadline(e.deadline);
        announce(event.type, field("deadline").textContent);
        break;
      default:
        return;
    }
    refreshChoices();
  };

  sharedLiveClient()
    .subscribe(data.stream, Number(data.lastSeq) || 0, onEvent)
    .then(() => root.setAttribute("data-live-ready", ""))
    .catch((error) => console.warn("ExchangeHub: live updates are off", error));
}
