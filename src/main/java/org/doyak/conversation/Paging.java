package org.doyak.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long reply into pages a phone shows whole: at paragraph breaks first, then at line breaks,
 * then after sentences, and only as a last resort in the middle of a line. Every page is at most
 * {@link #LIMIT} characters; a text that fits is returned as it is; pages of a longer one are trimmed
 * and never empty. Stateless.
 */
final class Paging {
    /** The longest message the bot sends, in characters. */
    static final int LIMIT = 600;
    /** The payload of the "more" button: the next stored page. */
    static final String MORE = "more";
    /** The slot that keeps the pages not yet shown, separated by {@link #SEPARATOR}. */
    static final String PENDING_SLOT = "_more";
    static final String SEPARATOR = "\u001E";

    private static final String[] BREAKS = {"\n\n", "\n", "(?<=[.!?。])\\s+"};

    private Paging() {
    }

    /** The pages of {@code text}, in order; one page when it fits. */
    static List<String> pages(String text) {
        if (text.length() <= LIMIT) {
            return List.of(text);
        }
        List<String> pages = new ArrayList<>();
        cut(text.strip(), 0, pages);
        return pages.isEmpty() ? List.of("") : pages;
    }

    private static void cut(String text, int level, List<String> pages) {
        if (text.length() <= LIMIT) {
            if (!text.isBlank()) {
                pages.add(text.strip());
            }
            return;
        }
        if (level == BREAKS.length) {
            for (int i = 0; i < text.length(); i += LIMIT) {
                pages.add(text.substring(i, Math.min(text.length(), i + LIMIT)).strip());
            }
            return;
        }
        String joiner = level == 2 ? " " : BREAKS[level];
        StringBuilder page = new StringBuilder();
        for (String part : text.split(BREAKS[level])) {
            if (page.length() > 0 && page.length() + joiner.length() + part.length() > LIMIT) {
                cut(page.toString(), level + 1, pages);
                page.setLength(0);
            }
            page.append(page.length() > 0 ? joiner : "").append(part);
        }
        cut(page.toString(), level + 1, pages);
    }
}
