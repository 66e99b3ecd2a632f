package org.doyak.channel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.ChatMessage;

/**
 * The JSON shape of a message for the widget and the counselor console: from, kind, text, buttons (only
 * when any), at.
 */
public final class MessageView {
    private MessageView() {
    }

    /** One message's JSON shape. */
    public static Map<String, Object> of(ChatMessage m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", m.from());
        view.put("kind", m.kind());
        view.put("text", m.text());
        if (!m.buttons().isEmpty()) {
            view.put("buttons", m.buttons().stream()
                    .map(b -> Map.of("title", b.title(), "payload", b.payload())).toList());
        }
        view.put("at", m.at().toString());
        return view;
    }

    static Map<String, Object> list(List<ChatMessage> messages) {
        return Map.of("messages", messages.stream().map(MessageView::of).toList());
    }
}
