// Keyboard shortcuts, listed in the help overlay (?). Alt combinations work everywhere, even while typing.
import { $, el } from "./api.js";
import { state, emit } from "./state.js";
import { visible, setFilter, FILTERS } from "./queue.js";
import { claim, askClose } from "./conversation.js";
import { openCanned } from "./composer.js";
import { openSearch } from "./search.js";

const KEYS = [
  ["Alt+N", "다음 대기 상담 열기 · Open the next waiting seeker", nextWaiting],
  ["Alt+C", "맡기 · Claim the open conversation", claim],
  ["Ctrl+Enter", "답변 보내기 · Send the reply", null],
  ["Alt+R", "상용구 찾기 · Search canned replies", openCanned],
  ["Alt+X", "상담 종료 · Close the conversation", askClose],
  ["Alt+↓ / Alt+↑", "목록의 다음 / 이전 상담 · Next / previous in the list", null],
  ["Alt+1…5", "목록 필터 바꾸기 · Switch the list filter", null],
  ["Alt+F", "지난 상담 찾기 · Find a closed conversation", openSearch],
  ["?", "이 도움말 · This help", help],
  ["Esc", "창 닫기 · Close a dialog", null],
];

/** Opens the first waiting handoff (crisis first, as the queue is ordered) that is not open already. */
export function nextWaiting() {
  const next = state.lists.waiting.find((h) => !state.current || h.id !== state.current.id)
    || state.lists.waiting[0];
  if (next) {
    setFilter("waiting");
    emit("open", { id: next.id, focus: "claim" });
  }
}

function step(delta) {
  const rows = visible();
  if (!rows.length) { return; }
  const at = state.current ? rows.findIndex((h) => h.id === state.current.id) : -1;
  const next = rows[(at + delta + rows.length) % rows.length];
  emit("open", { id: next.id });
}

function help() {
  $("keys").replaceChildren(...KEYS.flatMap(([k, what]) => [el("dt", null, null, el("kbd", k)), el("dd", what)]));
  $("helpDialog").showModal();
}

const ALT = { n: nextWaiting, c: claim, x: askClose, r: openCanned, f: openSearch };

document.addEventListener("keydown", (e) => {
  if (!state.me || state.me.role !== "counselor" || document.querySelector("dialog[open]")) { return; }
  const key = e.key.toLowerCase();
  const code = e.code ? e.code.replace(/^Key/, "").toLowerCase() : "";
  if (e.altKey && !e.ctrlKey && !e.metaKey) {
    const fn = ALT[key] || ALT[code];
    if (fn) { e.preventDefault(); fn(); return; }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); step(e.key === "ArrowDown" ? 1 : -1); return; }
    const n = Number(code.replace("digit", ""));
    if (n >= 1 && n <= FILTERS.length) { e.preventDefault(); setFilter(FILTERS[n - 1].id); }
    return;
  }
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (!typing && e.key === "?") { e.preventDefault(); help(); }
});

$("helpBtn").onclick = help;
