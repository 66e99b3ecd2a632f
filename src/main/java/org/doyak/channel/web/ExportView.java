package org.doyak.channel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doyak.content.SeekerExport;
import org.doyak.conversation.ChatMessage;

/**
 * The JSON shape of {@code GET /api/web/sessions/{id}/export}: everything kept about the visitor's conversation
 * ({@link SeekerExport}) and its whole stored history, oldest first, as the history route gives it.
 */
final class ExportView {
    private ExportView() {
    }

    static Map<String, Object> of(String sessionId, SeekerExport export, List<ChatMessage> history) {
        SeekerExport.Records kept = export.records();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sessionId", sessionId);
        view.put("channel", export.channel());
        view.put("lang", export.lang());
        view.put("startedAt", export.startedAt());
        view.put("consent", export.consent());
        view.put("answers", new TreeMap<>(export.answers()));
        view.put("messageCount", kept.messages());
        view.put("firstMessageAt", kept.firstMessageAt());
        view.put("lastMessageAt", kept.lastMessageAt());
        view.put("appointments", kept.appointments().stream().map(a -> Map.of("code", a.code(), "center",
                a.centerId(), "startsAt", a.startsAt(), "name", a.name(), "contact", a.contact(), "status",
                a.status(), "bookedAt", a.createdAt())).toList());
        view.put("callbacks", kept.callbacks());
        view.put("handoffs", kept.handoffs());
        view.put("messages", history.stream().map(MessageView::of).toList());
        return view;
    }
}
