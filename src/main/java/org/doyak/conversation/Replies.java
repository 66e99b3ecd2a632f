package org.doyak.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doyak.dialog.Button;
import org.doyak.dialog.Particles;
import org.doyak.dialog.Text;

/**
 * The messages one turn adds, in order, in the conversation's language of the moment. Every bot text
 * passes here once: particle hedges are resolved ({@link Particles#resolve}) and a text over
 * {@link Paging#LIMIT} characters is cut at paragraph breaks; up to {@link #AT_ONCE} pages are all sent,
 * a longer text sends its first page with a "more" button and keeps the rest in {@link #pending()}. Not thread-safe.
 */
final class Replies {
    /** A text of up to this many pages is sent whole, as several messages; a longer one is paged. */
    static final int AT_ONCE = 3;
    private final Instant now;
    private final List<ChatMessage> messages = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private String lang;
    private final Text more;

    /** Replies starting in {@code lang}; {@code more} titles the button that shows the next page. */
    Replies(String lang, Instant now, Text more) {
        this.lang = lang;
        this.now = now;
        this.more = more;
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
        shown(text, buttons.stream().map(b -> new ChatMessage.Choice(b.title().in(lang), b.payload())).toList());
    }

    void shown(String text, List<ChatMessage.Choice> buttons) {
        add("text", text, buttons);
    }

    void system(String text) {
        add("system", text, List.of());
    }

    /** Shows one stored page, with the "more" button when {@code last} is false. */
    void page(String text, boolean last) {
        messages.add(new ChatMessage("bot", "text", text, last ? List.of() : List.of(moreButton()), now));
    }

    /** Pages this turn produced but did not show, in order; empty when everything was shown. */
    List<String> pending() {
        return List.copyOf(pending);
    }

    private void add(String kind, String text, List<ChatMessage.Choice> buttons) {
        List<String> pages = Paging.pages(Particles.resolve(text));
        if (pages.size() <= AT_ONCE) {
            for (int i = 0; i < pages.size(); i++) {
                boolean last = i == pages.size() - 1;
                messages.add(new ChatMessage("bot", kind, pages.get(i), last ? buttons : List.of(), now));
            }
            return;
        }
        List<ChatMessage.Choice> withMore = new ArrayList<>();
        withMore.add(moreButton());
        withMore.addAll(buttons);
        messages.add(new ChatMessage("bot", kind, pages.get(0), withMore, now));
        pending.addAll(pages.subList(1, pages.size()));
    }

    private ChatMessage.Choice moreButton() {
        return new ChatMessage.Choice(more.in(lang), Paging.MORE);
    }

    /** Everything added, the seeker's own message first. */
    List<ChatMessage> all() {
        return List.copyOf(messages);
    }
}
