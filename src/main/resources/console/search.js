// Finding earlier conversations: by words, dates, counselor and reason; a result opens read-only.
import { $, api, el, dayTime, both } from "./api.js";
import { state, emit } from "./state.js";

function options(select, items, first) {
  select.replaceChildren(first, ...items.map(([value, label]) => {
    const o = el("option", label);
    o.value = value;
    return o;
  }));
}

/** Opens the search dialog with the words box focused. */
export function openSearch() {
  options($("byCounselor"), state.counselors.map((c) => [c, c]), el("option", "전체 · Anyone"));
  options($("byReason"), state.reasons.map((r) => [r.id, both(r)]), el("option", "전체 · Any"));
  $("byCounselor").firstChild.value = "";
  $("byReason").firstChild.value = "";
  $("searchDialog").showModal();
  $("q").focus();
}

$("searchForm").addEventListener("submit", async (e) => {
  e.preventDefault();
  const params = new URLSearchParams({ q: $("q").value, from: $("searchFrom").value, to: $("searchTo").value,
    counselor: $("byCounselor").value, reason: $("byReason").value });
  const { handoffs } = await api("GET", "/api/console/search?" + params);
  $("searchCount").textContent = `${handoffs.length}건 찾음 · ${handoffs.length} found`;
  $("results").replaceChildren(...handoffs.map((h) => {
    const b = el("button", null, null,
      el("span", null, "row1", el("span", h.reasonText ? h.reasonText.ko : h.reason, "reason")),
      el("span", `${dayTime(h.closedAt)} · ${h.counselor || "-"}`, "row2"),
      el("span", h.note || h.summary || "", "row3"));
    b.type = "button";
    b.onclick = () => {
      $("searchDialog").close();
      emit("open", { id: h.id });
    };
    return el("li", null, null, b);
  }));
});
$("searchClose").onclick = () => $("searchDialog").close();
$("searchBtn").onclick = openSearch;
