package org.doyak.handoff.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.Handoff;

/**
 * The JSON shapes of the console API. The profile is what the bot learned (its slots) without the
 * bookkeeping ones; unless the seeker consented ({@code consent} yes), fields that look personal
 * (name, phone, email, contact, address, birth) are left out.
 */
final class HandoffView {
    private static final Set<String> INTERNAL = Set.of("wants_counselor", "callback_window_text");
    private static final List<String> PERSONAL = List.of("name", "phone", "email", "contact", "address", "birth");

    private HandoffView() {
    }

    static Map<String, Object> of(Handoff h, Map<String, String> slots) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", h.id());
        view.put("conversationId", h.conversationId());
        view.put("channel", h.channel());
        view.put("lang", h.lang());
        view.put("reason", h.reason());
        view.put("priority", h.priority());
        view.put("status", h.status());
        view.put("counselor", h.counselor());
        view.put("since", h.claimedAt() != null && Handoff.ACTIVE.equals(h.status()) ? h.claimedAt() : h.createdAt());
        view.put("createdAt", h.createdAt());
        view.put("closedAt", h.closedAt());
        view.put("note", h.note());
        view.put("followUp", h.followUp());
        view.put("satisfaction", h.satisfaction());
        view.put("summary", h.summary());
        view.put("profile", profile(slots));
        return view;
    }

    /** The reason's text in Korean and English ({@code handoff_reasons} content), else the reason as written. */
    static Map<String, String> reasonText(Dialogs dialogs, String reason) {
        Collection c = dialogs.content().get("handoff_reasons");
        Map<String, String> item = c == null ? null : c.items().stream().filter(i -> reason.equals(i.get("id")))
                .findFirst().orElse(null);
        if (item == null) {
            return Map.of("ko", reason, "en", reason);
        }
        String ko = item.getOrDefault("text", reason);
        return Map.of("ko", ko, "en", item.getOrDefault("text.en", ko));
    }

    static Map<String, String> profile(Map<String, String> slots) {
        boolean consent = Set.of("yes", "true", "agree").contains(slots.getOrDefault("consent", ""));
        Map<String, String> profile = new TreeMap<>();
        slots.forEach((k, v) -> {
            boolean personal = PERSONAL.stream().anyMatch(k::contains);
            if (!k.startsWith("handoff_") && !k.startsWith("_") && !INTERNAL.contains(k) && (consent || !personal)) {
                profile.put(k, v);
            }
        });
        return profile;
    }
}
