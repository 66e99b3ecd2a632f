// Shared helpers of the console: the API, DOM building (text only, never HTML), Seoul times, labels.
export const $ = (id) => document.getElementById(id);

/** Calls the console API; throws an Error with the server's message. 401 reloads to the login form. */
export async function api(method, path, body) {
  const r = await fetch(path, { method, credentials: "same-origin",
    headers: { "Content-Type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const json = await r.json().catch(() => ({}));
  if (r.status === 401 && !path.endsWith("/login") && !path.endsWith("/me")) { location.reload(); }
  if (!r.ok) { throw new Error(json.error || "HTTP " + r.status); }
  return json;
}

/** An element with text content (never parsed as HTML), a class and children. */
export function el(tag, text, cls, ...children) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) { e.textContent = text; }
  if (cls) { e.className = cls; }
  e.append(...children);
  return e;
}

// Counselors work in Korea: times are shown in Seoul time whatever the PC's zone (the API sends UTC).
const SEOUL = { timeZone: "Asia/Seoul", hour12: false };
export const hhmm = (iso) => new Date(iso).toLocaleTimeString("ko-KR", { ...SEOUL, hour: "2-digit", minute: "2-digit" });
export const dayTime = (iso) => new Date(iso).toLocaleString("ko-KR", { ...SEOUL, month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit" });
/** Today in Seoul as YYYY-MM-DD. */
export const seoulToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });

/** "방금" / "12분" / "1시간 5분" since an ISO time. */
export function since(iso) {
  const min = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000));
  return min < 1 ? "방금 · just now" : min < 60 ? `${min}분` : `${Math.floor(min / 60)}시간 ${min % 60}분`;
}

/** "한국어 · English" from a {ko, en} pair; the Korean alone when both are the same. */
export function both(pair) {
  if (!pair) { return ""; }
  return !pair.en || pair.en === pair.ko ? pair.ko : `${pair.ko} · ${pair.en}`;
}

export const CHANNEL = { web: "웹 · Web", telegram: "텔레그램 · Telegram" };
export const LANG = { ko: "한국어", en: "English" };
export const STATUS = { waiting: "대기 · Waiting", active: "상담 중 · Active", closed: "종료 · Closed",
  cancelled: "취소됨 · Withdrawn" };
export const SATISFACTION = { good: "도움이 됐어요 · Helped", ok: "보통 · Somewhat", bad: "아쉬웠어요 · Not really" };

/** A short message at the bottom of the screen, read out by screen readers. */
export function toast(text) {
  const t = $("toast");
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 5000);
}
