// The conversation list: filters (waiting / mine / all active / closed today / callbacks), rows with the
// reason, crisis, waiting time and unread count, and the count in the tab title. The waiting list starts
// with what is due today (callback requests, follow-ups dated today) of the centers the selector shows.
import { $, api, el, hhmm, dayTime, since, seoulToday, CHANNEL, LANG, STATUS } from "./api.js";
import { state, emit, mine } from "./state.js";
import { setTitleCount } from "./alerts.js";
import { centerName, renderFigures } from "./centers.js";

export const FILTERS = [
  { id: "waiting", label: "대기 · Waiting" },
  { id: "mine", label: "내 상담 · Mine" },
  { id: "active", label: "진행 중 · All active" },
  { id: "closed", label: "오늘 종료 · Closed today" },
  { id: "callbacks", label: "콜백 · Callbacks" },
];
const LONG_WAIT_MS = 10 * 60000;
const FILTER_KEY = "doyak.console.filter";
state.filter = FILTERS.some((f) => f.id === sessionStorage.getItem(FILTER_KEY)) ? sessionStorage.getItem(FILTER_KEY)
  : "waiting";

/** Reloads every list from the server and redraws. */
export async function refresh() {
  const today = seoulToday();
  const center = encodeURIComponent(state.center);
  const [waiting, active, closed, callbacks, followups, bookings, due, centers] = await Promise.all([
    api("GET", `/api/console/handoffs?status=waiting&center=${center}`),
    api("GET", `/api/console/handoffs?status=active&center=${center}`),
    api("GET", `/api/console/search?from=${today}&to=${today}`), api("GET", "/api/console/callbacks"),
    api("GET", "/api/console/followups"), api("GET", "/api/console/bookings"),
    api("GET", `/api/console/due?center=${center}`), api("GET", "/api/console/centers")]);
  Object.assign(state.lists, { waiting: waiting.handoffs, active: active.handoffs, closed: closed.handoffs,
    callbacks: callbacks.callbacks, followups: followups.handoffs, bookings: bookings.bookings, due });
  renderFigures(centers.centers);
  state.unread = {};
  [...waiting.handoffs, ...active.handoffs].forEach((h) => { state.unread[h.id] = h.unread || 0; });
  render();
}

/** The handoffs the current filter shows. */
export function visible() {
  const l = state.lists;
  return { waiting: l.waiting, mine: l.active.filter((h) => mine(h)), active: l.active, closed: l.closed,
    callbacks: [] }[state.filter];
}

/** Counts a seeker's message for a handoff that is not being read now. */
export function bumpUnread(id) {
  state.unread[id] = (state.unread[id] || 0) + 1;
  render();
}

export function clearUnread(id) {
  if (state.unread[id]) { state.unread[id] = 0; render(); }
}

export function setFilter(id) {
  state.filter = id;
  sessionStorage.setItem(FILTER_KEY, id);
  render();
}

/** Redraws the filters, the list and the title count. */
export function render() {
  const counts = { waiting: state.lists.waiting.length, mine: state.lists.active.filter((h) => mine(h)).length,
    active: state.lists.active.length, closed: state.lists.closed.length,
    callbacks: state.lists.callbacks.length + state.lists.followups.length };
  $("filters").replaceChildren(...FILTERS.map((f) => {
    const b = el("button", f.label, null, el("span", String(counts[f.id]), "count"));
    b.type = "button";
    b.setAttribute("role", "tab");
    b.setAttribute("aria-selected", String(state.filter === f.id));
    b.dataset.filter = f.id;
    b.onclick = () => setFilter(f.id);
    return b;
  }));
  const rows = state.filter === "callbacks" ? callbackRows()
    : [...(state.filter === "waiting" ? dueRows() : []), ...visible().map(row)];
  $("list").replaceChildren(...rows);
  $("listEmpty").hidden = rows.length > 0;
  $("listEmpty").textContent = "표시할 상담이 없어요 · Nothing here";
  const unreadMine = state.lists.active.filter((h) => mine(h)).reduce((n, h) => n + (state.unread[h.id] || 0), 0);
  setTitleCount(state.lists.waiting.length + unreadMine);
}

function row(h) {
  const crisis = h.priority > 0;
  const li = el("li", null, crisis ? "crisis" : "");
  li.dataset.id = h.id;
  const unread = state.unread[h.id] || 0;
  const waitMs = Date.now() - Date.parse(h.createdAt);
  const when = h.status === "waiting" ? `⏱ ${since(h.createdAt)}`
    : h.status === "active" ? `${h.counselor} · ${hhmm(h.since)}~` : `${dayTime(h.closedAt)} · ${h.counselor || "-"}`;
  const b = el("button", null, null,
    el("span", null, "row1", ...(crisis ? [el("span", "위기 CRISIS", "tag crisis")] : []),
      el("span", h.reasonText ? h.reasonText.ko : h.reason, "reason"),
      ...(unread ? [el("span", String(unread), "unread")] : [])),
    el("span", null, "row2", el("span", centerName(h.center || ""), "center"),
      el("span", CHANNEL[h.channel] || h.channel), el("span", LANG[h.lang] || h.lang),
      el("span", when, h.status === "waiting" && waitMs > LONG_WAIT_MS ? "wait long" : "wait")),
    el("span", h.summary || "", "row3"));
  b.type = "button";
  b.setAttribute("aria-label", `${crisis ? "위기 상담 · Crisis. " : ""}${h.reasonText ? h.reasonText.ko : h.reason}, `
    + `${STATUS[h.status] || h.status}, ${when}${unread ? `, 읽지 않은 메시지 ${unread}개 · ${unread} unread` : ""}`);
  if (state.current && state.current.id === h.id) { b.setAttribute("aria-current", "true"); }
  b.onclick = () => emit("open", { id: h.id });
  li.append(b);
  return li;
}

/** Callback requests and follow-ups due today, marked, for the top of the waiting list. */
function dueRows() {
  const due = state.lists.due;
  if (!due.callbacks) { return []; }
  const marker = (text) => el("span", text, "tag due");
  return [...due.callbacks.map((c) => {
    const li = callbackRow(c);
    li.classList.add("due");
    li.querySelector(".plain").prepend(marker("📞 오늘 콜백 · Callback due today"));
    return li;
  }), ...due.followUps.map((h) => {
    const li = row(h);
    li.classList.add("due");
    li.querySelector(".row1").prepend(marker("📅 오늘 후속 · Follow-up today"));
    return li;
  })];
}

function callbackRow(c) {
  const done = el("button", "완료 · Done", "ghost done");
  done.type = "button";
  done.onclick = async () => { await api("POST", `/api/console/callbacks/${c.id}/done`); refresh(); };
  return el("li", null, null, el("div", null, "plain", el("strong", `📞 ${c.contact}`),
    el("div", `${c.window} · ${dayTime(c.createdAt)}${c.center ? " · " + centerName(c.center) : ""}`, "sub")), done);
}

function callbackRows() {
  const rows = state.lists.callbacks.map(callbackRow);
  const follow = state.lists.followups.map((h) => {
    const li = row(h);
    li.querySelector(".row2").prepend(el("span", `📅 후속 · Follow-up ${h.followUp}`));
    return li;
  });
  const bookings = state.lists.bookings.map((b) => el("li", null, null,
    el("div", `🗓 ${b.startsAt.replace("T", " ")} · ${b.center} · ${b.name}`, "plain")));
  const heading = (text) => el("li", text, "heading");
  return [heading("콜백 요청 · Callback requests"), ...rows, heading("후속 연락 · Follow-ups"), ...follow,
    heading("상담 예약 · Bookings"), ...bookings];
}
