// The team lead's view (admin role): who is online, each counselor's active conversations and
// satisfaction answers, today's waiting times. Refreshed every 15 seconds.
import { $, api, el } from "./api.js";

const REFRESH_MS = 15000;

function minutes(seconds) {
  return seconds < 60 ? `${seconds}초` : `${Math.round(seconds / 60)}분`;
}

function tile(title, ...children) {
  return el("section", null, "tile", el("h2", title), ...children);
}

function stat(label, value) {
  return el("div", null, "stat", el("div", value, "big"), el("div", label, "sub"));
}

async function draw() {
  const { counselors, waiting } = await api("GET", "/api/admin/team");
  const head = el("tr", null, null, ...["상담사 · Counselor", "상담 중 · Active", "오늘 종료 · Closed today",
    "만족도 · Satisfaction (30일)"].map((t) => el("th", t)));
  const rows = counselors.map((c) => {
    const s = c.satisfaction;
    const rated = (s.good || 0) + (s.ok || 0) + (s.bad || 0);
    const dot = el("span", null, "dot" + (c.online ? " on" : ""));
    dot.setAttribute("aria-label", c.online ? "접속 중 · online" : "오프라인 · offline");
    dot.setAttribute("role", "img");
    return el("tr", null, null, el("td", null, null, dot, c.username), el("td", String(c.active)),
      el("td", String(c.closedToday)),
      el("td", rated ? `👍 ${s.good || 0} · 😐 ${s.ok || 0} · 👎 ${s.bad || 0} (${Math.round(100 * (s.good || 0) / rated)}%)`
        : "-"));
  });
  const table = el("table", null, null, el("thead", null, null, head), el("tbody", null, null, ...rows));
  table.id = "teamTable";
  const online = counselors.filter((c) => c.online).length;
  $("team").replaceChildren(
    tile("지금 · Now", stat("접속한 상담사 · Online", String(online)),
      stat("대기 중 · Waiting now", String(waiting.waitingNow)),
      stat("가장 오래 기다린 · Longest waiting now", minutes(waiting.longestWaitingNow))),
    tile("오늘 대기 시간 · Waiting today", stat("오늘 요청 · Requests today", String(waiting.openedToday)),
      stat("중간값 · Median wait", minutes(waiting.medianWait)), stat("최대 · Longest wait", minutes(waiting.longestWait))),
    tile("상담사별 · By counselor", table));
}

/** Shows the team view and keeps it fresh. */
export function startTeam() {
  $("team").hidden = false;
  draw();
  setInterval(() => draw().catch(() => {}), REFRESH_MS);
}
