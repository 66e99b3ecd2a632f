// The reply box: a draft kept per conversation (localStorage), Ctrl+Enter to send, private notes,
// searchable canned replies filled with the seeker's name or center, "typing…" sent to the seeker.
import { $, api, el, toast } from "./api.js";
import { state, on, mine } from "./state.js";
import { reload } from "./conversation.js";

const DRAFT = "doyak.console.draft:";
const TYPING_EVERY_MS = 2500;
let lastTyping = 0;
let picked = 0;

function draftKey() {
  return state.current ? DRAFT + state.current.id : null;
}

on("opened", (h) => {
  const saved = localStorage.getItem(DRAFT + h.id) || "";
  $("text").value = saved;
  $("draftState").textContent = saved ? "임시 저장된 답변 · Draft restored" : "";
  closeCanned();
});

$("text").addEventListener("input", () => {
  const key = draftKey();
  if (!key) { return; }
  if ($("text").value) { localStorage.setItem(key, $("text").value); } else { localStorage.removeItem(key); }
  $("draftState").textContent = $("text").value ? "임시 저장됨 · Draft saved" : "";
  if (mine() && Date.now() - lastTyping > TYPING_EVERY_MS) {
    lastTyping = Date.now();
    api("POST", `/api/console/handoffs/${state.current.id}/typing`).catch(() => {});
  }
});

/** Sends the reply box's text to the seeker and forgets the draft. */
export async function send() {
  const h = state.current;
  const text = $("text").value.trim();
  if (!h || !text || !mine(h)) { return; }
  $("send").disabled = true;
  try {
    await api("POST", `/api/console/handoffs/${h.id}/messages`, { text });
    $("text").value = "";
    localStorage.removeItem(DRAFT + h.id);
    $("draftState").textContent = "";
  } catch (e) {
    toast("보내지 못했어요 · Not sent: " + e.message);
  } finally {
    $("send").disabled = !mine(h);
    $("text").focus();
  }
}

$("send").onclick = send;
$("text").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); }
});
$("note").onclick = async () => {
  const h = state.current;
  const text = $("text").value.trim();
  if (!h || !text) { toast("메모할 내용을 입력하세요 · Type the note first"); return; }
  await api("POST", `/api/console/handoffs/${h.id}/notes`, { text });
  $("text").value = "";
  localStorage.removeItem(DRAFT + h.id);
  await reload();
  toast("메모를 저장했어요 (구직자에게는 보이지 않아요) · Note saved (not shown to the seeker)");
};

/** A canned reply in the seeker's language with {name} and {center} filled in. */
export function fill(reply, h) {
  const en = h.lang === "en";
  const text = (en && reply.en) || reply.ko;
  const name = h.fill && h.fill.name ? h.fill.name : (en ? "" : "구직자");
  const center = h.fill && h.fill.center && h.fill.center.ko ? (en ? h.fill.center.en : h.fill.center.ko)
    : (en ? "your nearest job center" : "가까운 고용센터");
  return text.replaceAll("{name}", name).replaceAll("{center}", center).replace(/\s+([,.!?])/g, "$1");
}

function matches() {
  const q = $("cannedSearch").value.trim().toLowerCase();
  return state.canned.filter((r) => !q || [r.id, r.ko, r.en].some((t) => (t || "").toLowerCase().includes(q)));
}

function drawCanned() {
  const list = matches();
  picked = Math.min(picked, Math.max(0, list.length - 1));
  $("cannedList").replaceChildren(...list.map((r, i) => {
    const li = el("li", state.current ? fill(r, state.current) : r.ko);
    li.id = "canned-" + r.id;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", String(i === picked));
    li.onclick = () => insert(r);
    return li;
  }));
  const active = list[picked];
  $("cannedSearch").setAttribute("aria-activedescendant", active ? "canned-" + active.id : "");
}

/** Opens the canned replies picker with its search box focused. */
export function openCanned() {
  if (!mine()) { return; }
  $("cannedBox").hidden = false;
  $("cannedSearch").value = "";
  picked = 0;
  drawCanned();
  $("cannedSearch").focus();
}

function closeCanned() {
  $("cannedBox").hidden = true;
}

function insert(reply) {
  const t = $("text");
  t.value = (t.value ? t.value.replace(/\s*$/, " ") : "") + fill(reply, state.current);
  t.dispatchEvent(new Event("input"));
  closeCanned();
  t.focus();
}

$("cannedBtn").onclick = () => ($("cannedBox").hidden ? openCanned() : closeCanned());
$("cannedSearch").addEventListener("input", () => { picked = 0; drawCanned(); });
$("cannedSearch").addEventListener("keydown", (e) => {
  const list = matches();
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    picked = (picked + (e.key === "ArrowDown" ? 1 : list.length - 1)) % Math.max(1, list.length);
    drawCanned();
  } else if (e.key === "Enter") {
    e.preventDefault();
    if (list[picked]) { insert(list[picked]); }
  } else if (e.key === "Escape") {
    e.preventDefault();
    closeCanned();
    $("text").focus();
  }
});
