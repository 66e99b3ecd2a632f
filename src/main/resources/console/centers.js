// Centers in the console: the selector (내 센터 · My centers by default, all, or one center) that decides
// which queue the list shows, and today's waiting figures of the centers shown.
import { $, api, el } from "./api.js";
import { state } from "./state.js";

const CENTER_KEY = "doyak.console.center";

/** The center's name in Korean (its id when unnamed; "센터 미정" for handoffs without a center). */
export function centerName(id) {
  const c = state.centers.find((x) => x.id === id);
  return id === "" ? "센터 미정 · Center unknown" : c ? c.name.ko : id;
}

/** Loads the centers, fills the selector and calls {@code onChange} when the choice changes. */
export async function setupCenters(onChange) {
  const r = await api("GET", "/api/console/centers");
  state.centers = r.centers;
  state.myCenters = r.mine;
  const options = [["mine", r.mine.length ? `내 센터 · My centers (${r.mine.map(centerName).join(", ")})`
    : "내 센터 · My centers (전체 · all)"], ["all", "전체 센터 · All centers"],
  ...r.centers.filter((c) => c.id !== "").map((c) => [c.id, `${c.name.ko} · ${c.name.en}`])];
  $("center").replaceChildren(...options.map(([value, label]) => {
    const o = el("option", label);
    o.value = value;
    return o;
  }));
  const saved = sessionStorage.getItem(CENTER_KEY);
  state.center = options.some(([v]) => v === saved) ? saved : "mine";
  $("center").value = state.center;
  $("center").onchange = () => {
    state.center = $("center").value;
    sessionStorage.setItem(CENTER_KEY, state.center);
    onChange();
  };
}

/** Redraws today's waiting figures of the centers the selector shows, from a fresh {@code /centers} answer. */
export function renderFigures(centers) {
  state.centers = centers;
  const shown = centers.filter((c) => state.center === "all" || c.id === state.center
    || (state.center === "mine" && (state.myCenters.length === 0 || state.myCenters.includes(c.id) || c.id === "")));
  const busy = shown.filter((c) => c.waiting.openedToday > 0 || c.waiting.waitingNow > 0 || state.center === c.id);
  const min = (s) => `${Math.round(s / 60)}분`;
  $("centerFigures").replaceChildren(...busy.map((c) => el("li", null, c.open ? "" : "closed",
    el("strong", centerName(c.id)),
    el("span", `${c.open ? "운영 중 · open" : "운영 종료 · closed"} · 상담사 ${c.counselors}명`),
    el("span", `대기 ${c.waiting.waitingNow} · 최장 ${min(c.waiting.longestWaitingNow)} · 오늘 요청 ${c.waiting.openedToday}`
      + ` · 중앙 대기 ${min(c.waiting.medianWait)}`))));
}
