package org.doyak.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doyak.dialog.Button;

/** The messages one turn adds, in order, in the conversation's language of the moment. Not thread-safe. */
final class Replies {
    private final Instant now;
    private final List<ChatMessage> messages = new ArrayList<>();
    private String lang;

    Replies(String lang, Instant now) {
        this.lang = lang;
        this.now = now;
    }

    Instant now() {
        return now;
    }

    String lang() {
        return lang;
    }

    void lang(String newLang) {
        this.lang = newLang;
    }

    void user(String text, String kind) {
        messages.add(new ChatMessage("user", kind, text, List.of(), now));
    }

    void bot(String text, List<Button> buttons) {
        List<ChatMessage.Choice> shown = buttons.stream()
                .map(b -> new ChatMessage.Choice(b.title().in(lang), b.payload())).toList();
        messages.add(new ChatMessage("bot", "text", text, shown, now));
    }

    void shown(String text, List<ChatMessage.Choice> buttons) {
        messages.add(new ChatMessage("bot", "text", text, buttons, now));
    }

    void system(String text) {
        messages.add(new ChatMessage("bot", "system", text, List.of(), now));
    }

    /** Everything added, the seeker's own message first. */
    List<ChatMessage> all() {
        return List.copyOf(messages);
    }
}
