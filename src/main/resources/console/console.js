// Doyak counselor console. Every text from the server is shown with textContent, never as HTML.
"use strict";
const $ = (id) => document.getElementById(id);
let current = null;

async function api(method, path, body) {
  const r = await fetch(path, {method, credentials: "same-origin",
    headers: {"Content-Type": "application/json"}, body: body ? JSON.stringify(body) : undefined});
  const json = await r.json().catch(() => ({}));
  if (r.status === 401) { show(false); }
  if (!r.ok) { throw new Error(json.error || r.status); }
  return json;
}

// Counselors work in Korea: times are shown in Seoul time whatever the PC's zone (the API sends UTC).
const SEOUL = {timeZone: "Asia/Seoul", hour12: false};
const hhmm = (iso) => new Date(iso).toLocaleTimeString("ko-KR", {...SEOUL, hour: "2-digit", minute: "2-digit"});
const dayTime = (iso) => new Date(iso).toLocaleString("ko-KR", {...SEOUL, month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit"});

function el(tag, text, cls) {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) { e.className = cls; }
  return e;
}

function show(loggedIn) {
  $("login").classList.toggle("hidden", loggedIn);
  $("app").classList.toggle("hidden", !loggedIn);
  $("logout").classList.toggle("hidden", !loggedIn);
}

async function refresh() {
  for (const status of ["waiting", "active"]) {
    const list = $(status);
    const {handoffs} = await api("GET", "/api/console/handoffs?status=" + status);
    list.replaceChildren(...handoffs.map((h) => {
      const li = el("li", `${h.priority > 0 ? "⚠ " : ""}${h.reason} · ${h.channel} · ${hhmm(h.since)}`
        + (h.counselor ? ` · ${h.counselor}` : "") + `\n${h.summary}`, h.priority > 0 ? "high" : "");
      li.onclick = () => open(h.id);
      return li;
    }));
  }
  const {callbacks} = await api("GET", "/api/console/callbacks");
  $("callbacks").replaceChildren(...callbacks.map((c) => {
    const li = el("li", `${c.contact} · ${c.window} · ${dayTime(c.createdAt)}`);
    const done = el("button", "완료 · Done");
    done.onclick = async () => { await api("POST", `/api/console/callbacks/${c.id}/done`); refresh(); };
    li.append(" ", done);
    return li;
  }));
  const {bookings} = await api("GET", "/api/console/bookings");
  $("bookings").replaceChildren(...bookings.map((b) =>
    el("li", `${b.startsAt.replace("T", " ")} · ${b.center} · ${b.name} · ${b.contact} · ${b.code}`)));
}

function message(m) {
  const who = {user: "구직자 · Seeker", bot: "챗봇 · Bot", counselor: "상담사 · Counselor"}[m.from] || m.from;
  return el("div", `[${hhmm(m.at)}] ${who}: ${m.text}`, "m " + m.from);
}

async function open(id) {
  const h = await api("GET", "/api/console/handoffs/" + id);
  current = h;
  const profile = Object.entries(h.profile).map(([k, v]) => `${k}=${v}`).join(", ");
  $("packet").textContent = `${h.reason} · ${h.status} · ${h.channel}/${h.lang}`
    + (h.position ? ` · 대기 ${h.position}번` : "") + (profile ? `\n${profile}` : "");
  $("transcript").replaceChildren(...h.messages.map(message));
  $("transcript").scrollTop = $("transcript").scrollHeight;
  $("notes").replaceChildren(...h.notes.map((n) => el("div", `📝 ${n.author}: ${n.body}`)));
  $("actions").classList.remove("hidden");
  $("claim").disabled = h.status !== "waiting";
}

async function act(fn) {
  try { await fn(); if (current) { await open(current.id); } await refresh(); } catch (e) { alert(e.message); }
}

$("login").onsubmit = async (e) => {
  e.preventDefault();
  try {
    const me = await api("POST", "/api/console/login", {username: $("user").value, password: $("pass").value});
    $("me").textContent = me.username;
    start();
  } catch (err) { $("loginError").textContent = "로그인 실패 · Login failed: " + err.message; }
};
$("logout").onclick = async () => { await api("POST", "/api/console/logout"); show(false); };
$("claim").onclick = () => act(() => api("POST", `/api/console/handoffs/${current.id}/claim`));
$("send").onclick = () => act(async () => {
  await api("POST", `/api/console/handoffs/${current.id}/messages`, {text: $("text").value});
  $("text").value = "";
});
$("note").onclick = () => act(async () => {
  await api("POST", `/api/console/handoffs/${current.id}/notes`, {text: $("text").value});
  $("text").value = "";
});
$("transfer").onclick = () => act(() => api("POST", `/api/console/handoffs/${current.id}/transfer`,
  {to: $("to").value}));
$("close").onclick = () => act(() => api("POST", `/api/console/handoffs/${current.id}/close`,
  {note: $("closeNote").value}));
$("canned").onchange = () => {
  const o = $("canned").selectedOptions[0];
  if (o && o.value) { $("text").value = o.dataset[current && current.lang === "en" ? "en" : "ko"]; }
};

function connect() {
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/console");
  ws.onmessage = (e) => {
    const event = JSON.parse(e.data);
    if (event.type === "message" && current && event.handoffId === current.id) {
      $("transcript").append(message(event.message));
      $("transcript").scrollTop = $("transcript").scrollHeight;
    } else if (event.type === "handoff") {
      refresh();
    }
  };
  ws.onclose = () => setTimeout(connect, 2000);
}

async function start() {
  show(true);
  const {replies} = await api("GET", "/api/console/canned");
  $("canned").replaceChildren(el("option", "상용구 · Canned reply"), ...replies.map((r) => {
    const o = el("option", r.ko);
    o.value = r.id; o.dataset.ko = r.ko; o.dataset.en = r.en;
    return o;
  }));
  $("canned").firstChild.value = "";
  const {counselors} = await api("GET", "/api/console/counselors");
  $("to").replaceChildren(...counselors.map((c) => { const o = el("option", c); o.value = c; return o; }));
  await refresh();
  connect();
}

api("GET", "/api/console/me").then((me) => { $("me").textContent = me.username; start(); }).catch(() => show(false));
