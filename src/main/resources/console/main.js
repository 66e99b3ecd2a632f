// Doyak counselor console: log in, then the live queue (or, for an admin, the team view).
// Every text from the server is shown with textContent, never as HTML. No inline script (CSP).
import { $, api, toast } from "./api.js";
import { state, on, emit, findRow, mine } from "./state.js";
import { refresh, render, bumpUnread } from "./queue.js";
import { open, liveMessage, seekerTyping, markSeen } from "./conversation.js";
import { setupAlerts, alertHidden } from "./alerts.js";
import { startTeam } from "./team.js";
import { setupCenters } from "./centers.js";
import "./composer.js";
import "./keys.js";
import "./search.js";

const known = new Set();

function show(loggedIn) {
  $("login").hidden = loggedIn;
  $("tools").hidden = !loggedIn;
}

on("open", async ({ id, focus }) => {
  try {
    await open(id);
    const target = focus === "claim" && !$("claim").hidden ? $("claim") : mine() ? $("text") : $("transcript");
    target.focus();
  } catch (e) {
    toast("열 수 없어요 · Cannot open: " + e.message);
  }
});
on("changed", () => refresh());

function onHandoff(h) {
  refresh().then(() => {
    if (h.status === "waiting" && !known.has(h.id)) {
      const row = findRow(h.id) || h;
      const reason = row.reasonText ? row.reasonText.ko : row.reason;
      alertHidden(row.priority > 0 ? "⚠ 위기 상담 요청 · Crisis handoff" : "새 상담 요청 · New seeker waiting",
        reason, "handoff-" + h.id, () => emit("open", { id: h.id }));
    }
    known.add(h.id);
    if (state.current && state.current.id === h.id && state.current.status !== h.status) { open(h.id); }
  });
}

function onMessage(event) {
  const m = event.message;
  const shown = liveMessage(event.handoffId, m);
  if (m.from !== "user") { return; }
  if (!shown || document.hidden) {
    bumpUnread(event.handoffId);
    const row = findRow(event.handoffId);
    if (!row || row.status === "waiting" || mine(row)) {
      alertHidden("구직자 메시지 · Seeker wrote", m.text.slice(0, 120), "msg-" + event.handoffId,
        () => emit("open", { id: event.handoffId }));
    }
  } else {
    markSeen();
  }
}

function connect() {
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/console");
  ws.onopen = () => {
    $("conn").textContent = "실시간 연결됨 · Live";
    $("conn").className = "conn";
    refresh();
  };
  ws.onmessage = (e) => {
    const event = JSON.parse(e.data);
    if (event.type === "handoff") { onHandoff(event.handoff); }
    if (event.type === "message") { onMessage(event); }
    if (event.type === "typing") { seekerTyping(event.handoffId); }
  };
  ws.onclose = () => {
    $("conn").textContent = "연결 끊김, 다시 연결 중 · Reconnecting…";
    $("conn").className = "conn off";
    setTimeout(connect, 2000);
  };
}

async function start(me) {
  state.me = me;
  show(true);
  $("me").textContent = me.username;
  if (me.role === "admin") {
    startTeam();
    return;
  }
  $("app").hidden = false;
  setupAlerts();
  const [canned, counselors, reasons] = await Promise.all([api("GET", "/api/console/canned"),
    api("GET", "/api/console/counselors"), api("GET", "/api/console/reasons")]);
  state.canned = canned.replies;
  state.counselors = counselors.counselors;
  state.reasons = reasons.reasons;
  await setupCenters(refresh);
  await refresh();
  state.lists.waiting.forEach((h) => known.add(h.id));
  connect();
  setInterval(render, 30000); // waiting times move on
}

$("login").onsubmit = async (e) => {
  e.preventDefault();
  try {
    start(await api("POST", "/api/console/login", { username: $("user").value, password: $("pass").value }));
  } catch (err) {
    $("loginError").textContent = "로그인 실패 · Login failed: " + err.message;
  }
};
$("logout").onclick = async () => {
  await api("POST", "/api/console/logout");
  location.reload();
};

api("GET", "/api/console/me").then(start).catch(() => {
  show(false);
  $("login").hidden = false;
  $("user").focus();
});
