// One conversation: header and actions, the transcript with the bot's part folded so the seeker's own
// words stand out, live messages, the seeker's "typing…", read receipts, claim / transfer / close.
import { $, api, el, hhmm, toast, CHANNEL, STATUS } from "./api.js";
import { state, emit, mine } from "./state.js";
import { renderCard } from "./card.js";
import { clearUnread, setFilter } from "./queue.js";

const WHO = { user: "구직자 · Seeker", bot: "챗봇 · Bot", counselor: "상담사 · Counselor", system: "안내 · Notice" };
let typingTimer = null;

function bubble(m) {
  const who = m.kind === "system" ? "system" : m.from;
  const b = el("div", null, "msg " + who, el("span", `${WHO[who] || who} · ${hhmm(m.at)}`, "who"),
    el("span", m.text, "text"));
  return b;
}

/** Messages with each run of bot messages folded into one closed "bot part". */
function fold(messages) {
  const out = [];
  let run = [];
  const flush = () => {
    if (run.length === 1) { out.push(bubble(run[0])); }
    if (run.length > 1) {
      const d = el("details", null, "bot-part", el("summary", `챗봇 대화 ${run.length}개 · ${run.length} bot messages`));
      run.forEach((m) => d.append(bubble(m)));
      out.push(d);
    }
    run = [];
  };
  messages.forEach((m) => {
    if (m.from === "bot") { run.push(m); } else { flush(); out.push(bubble(m)); }
  });
  flush();
  return out;
}

/** Opens a handoff; a finished one is read-only. */
export async function open(id) {
  const h = await api("GET", "/api/console/handoffs/" + id);
  state.current = h;
  $("placeholder").hidden = true;
  $("convBody").hidden = false;
  $("app").classList.add("open");
  draw(h);
  $("transcript").replaceChildren(...fold(h.messages));
  $("transcript").scrollTop = $("transcript").scrollHeight;
  $("seekerTyping").textContent = "";
  emit("opened", h);
  markSeen();
}

function draw(h) {
  const finished = h.status === "closed" || h.status === "cancelled";
  $("convTitle").textContent = `${h.priority > 0 ? "⚠ " : ""}${h.reasonText ? h.reasonText.ko : h.reason}`;
  $("convSub").textContent = `${STATUS[h.status] || h.status} · ${CHANNEL[h.channel] || h.channel}`
    + (h.counselor ? ` · ${h.counselor}` : "");
  $("claim").hidden = h.status !== "waiting";
  $("claim").disabled = h.status !== "waiting";
  $("transferBtn").hidden = !mine(h) && h.status !== "waiting"; // a waiting one may go to another center
  $("closeBtn").hidden = finished || (h.status === "active" && !mine(h));
  $("readonly").hidden = !finished;
  $("composer").hidden = finished;
  $("send").disabled = !mine(h);
  $("text").disabled = !mine(h);
  renderCard(h);
  document.querySelectorAll("#list button[aria-current]").forEach((b) => b.removeAttribute("aria-current"));
  const row = document.querySelector(`#list li[data-id="${h.id}"] > button`);
  if (row) { row.setAttribute("aria-current", "true"); }
}

/** Tells the server (and so the seeker) that the counselor read the conversation, when it is theirs and in view. */
export async function markSeen() {
  const h = state.current;
  if (!h || document.hidden) { return; }
  clearUnread(h.id);
  if (mine(h)) { await api("POST", `/api/console/handoffs/${h.id}/seen`).catch(() => {}); }
}

/** A live message of some handoff; returns whether it was shown in the open conversation. */
export function liveMessage(handoffId, m) {
  if (!state.current || state.current.id !== handoffId) { return false; }
  const t = $("transcript");
  const atBottom = t.scrollHeight - t.scrollTop - t.clientHeight < 80;
  t.append(bubble(m));
  if (atBottom || m.from === "counselor") { t.scrollTop = t.scrollHeight; }
  if (m.from === "user") { $("seekerTyping").textContent = ""; }
  return true;
}

/** The seeker of a handoff is typing: shown for a few seconds in the open conversation. */
export function seekerTyping(handoffId) {
  if (!state.current || state.current.id !== handoffId) { return; }
  $("seekerTyping").textContent = "구직자가 입력 중… · The seeker is typing…";
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => { $("seekerTyping").textContent = ""; }, 4000);
}

/** Reloads the open conversation (after a change to it). */
export async function reload() {
  if (state.current) { await open(state.current.id); }
}

async function act(fn, done) {
  try {
    await fn();
    toast(done);
    await reload();
    emit("changed");
  } catch (e) {
    toast("실패 · Failed: " + e.message);
  }
}

export function claim() {
  const h = state.current;
  if (!h || h.status !== "waiting") { return; }
  act(() => api("POST", `/api/console/handoffs/${h.id}/claim`), "맡았어요 · Claimed").then(() => {
    setFilter("mine");
    $("text").focus();
  });
}

export function askClose() {
  const h = state.current;
  if (!h || $("closeBtn").hidden) { return; }
  $("closeNote").value = "";
  $("followUp").value = "";
  $("closeDialog").showModal();
}

$("closeDialog").addEventListener("close", () => {
  if ($("closeDialog").returnValue !== "ok" || !state.current) { return; }
  const h = state.current;
  act(() => api("POST", `/api/console/handoffs/${h.id}/close`,
    { note: $("closeNote").value, followUp: $("followUp").value }), "상담을 종료했어요 · Closed");
});

$("closeForm").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    $("closeForm").requestSubmit($("closeConfirm"));
  }
});

$("transferDialog").addEventListener("close", () => {
  if ($("transferDialog").returnValue !== "ok" || !state.current) { return; }
  const h = state.current;
  const body = $("toCenter").value ? { center: $("toCenter").value, note: $("transferNote").value }
    : { to: $("to").value };
  act(() => api("POST", `/api/console/handoffs/${h.id}/transfer`, body), "넘겼어요 · Transferred");
});

$("claim").onclick = claim;
$("closeBtn").onclick = askClose;
$("transferBtn").onclick = () => {
  const option = (value, label) => {
    const o = el("option", label);
    o.value = value;
    return o;
  };
  $("to").replaceChildren(...state.counselors.filter((c) => c !== state.me.username).map((c) => option(c, c)));
  $("toCenter").replaceChildren(option("", "— 같은 센터 · Same center —"), ...state.centers
    .filter((c) => c.id !== "" && c.id !== state.current.center).map((c) => option(c.id, `${c.name.ko} · ${c.name.en}`)));
  $("transferNote").value = "";
  $("transferDialog").showModal();
};
$("back").onclick = () => {
  $("app").classList.remove("open");
  state.current = null;
  $("convBody").hidden = true;
  $("placeholder").hidden = false;
  $("card").hidden = true;
};
document.addEventListener("visibilitychange", markSeen);
