// The seeker card beside the transcript: channel, language, why the bot handed off, priority, waiting
// time, and what the bot learned (labelled in Korean and English, never key=value).
import { $, el, both, since, dayTime, CHANNEL, LANG, STATUS, SATISFACTION } from "./api.js";

const WIDE = window.matchMedia("(min-width: 721px)");

function pair(dl, label, value, extra) {
  const dd = el("dd", value);
  if (extra) { dd.append(extra); }
  dl.append(el("dt", label), dd);
}

function factValue(f) {
  const value = el("span", f.value.ko);
  const out = document.createDocumentFragment();
  out.append(value);
  if (f.value.en && !f.value.ko.includes(f.value.en)) { out.append(" ", el("span", f.value.en, "en")); }
  const lines = (f.details && f.details.ko) || [];
  if (lines.length) {
    out.append(el("ul", null, null, ...lines.map((line, i) => el("li", line, null,
      ...(f.details.en && f.details.en[i] ? [el("div", f.details.en[i], "en")] : [])))));
  }
  return out;
}

/** Draws the card of handoff {@code h} (the detail from the API). */
export function renderCard(h) {
  const card = $("card");
  const box = el("details");
  box.open = WIDE.matches;
  box.append(el("summary", "구직자 정보 · Seeker"));
  if (h.priority > 0) {
    const p = el("div", "⚠ 위기 상담: 먼저 응대해 주세요 · Crisis: answer this seeker first", "priority");
    p.setAttribute("role", "note");
    box.append(p);
  }
  const about = el("dl", null, "facts");
  pair(about, "사유 · Reason", h.reasonText ? h.reasonText.ko : h.reason,
    h.reasonText && h.reasonText.en !== h.reasonText.ko ? el("div", h.reasonText.en, "en") : null);
  pair(about, "상태 · Status", STATUS[h.status] || h.status);
  pair(about, "채널 · Channel", CHANNEL[h.channel] || h.channel);
  pair(about, "언어 · Language", LANG[h.lang] || h.lang);
  if (h.status === "waiting") {
    pair(about, "대기 시간 · Waiting", `${since(h.createdAt)} (${h.position}번째 · #${h.position})`);
  } else {
    pair(about, "요청 시각 · Asked at", dayTime(h.createdAt));
  }
  if (h.counselor) { pair(about, "상담사 · Counselor", h.counselor); }
  if (h.fill && h.fill.name) { pair(about, "이름 · Name", h.fill.name); }
  box.append(about);

  box.append(el("h3", "챗봇이 파악한 내용 · What the bot learned"));
  if (h.facts.length) {
    const learned = el("dl", null, "facts");
    learned.id = "facts";
    h.facts.forEach((f) => pair(learned, both(f.label), null, factValue(f)));
    box.append(learned);
  } else {
    box.append(el("p", "아직 파악한 정보가 없어요 · Nothing learned yet", "sub"));
  }

  if (h.status === "closed" || h.status === "cancelled") {
    box.append(el("h3", "종료 · Closed"));
    const closed = el("dl", null, "facts");
    if (h.closedAt) { pair(closed, "종료 시각 · Closed at", dayTime(h.closedAt)); }
    pair(closed, "해결 메모 · Resolution", h.note || "-");
    if (h.followUp) { pair(closed, "후속 연락 · Follow-up", h.followUp); }
    pair(closed, "만족도 · Satisfaction", SATISFACTION[h.satisfaction] || "응답 없음 · No answer");
    box.append(closed);
  }
  if (h.notes.length) {
    box.append(el("h3", "메모 · Private notes"));
    h.notes.forEach((n) => box.append(el("p", `${n.author} (${dayTime(n.at)}): ${n.body}`, "note")));
  }
  card.replaceChildren(box);
  card.hidden = false;
}
