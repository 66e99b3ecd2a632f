package org.doyak.handoff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.doyak.conversation.Action;
import org.doyak.storage.Database;

/**
 * The {@value #NAME} action: stores a callback request ({@code with: contact, window}) for the console's
 * callback list, and sets {@code callback_window_text} to the window in words for the flow's reply.
 */
public final class CallbackAction implements Action {
    /** The action's name in flows. */
    public static final String NAME = "request_callback";
    private static final Map<String, String> KO = Map.of("morning", "오전에", "afternoon", "오후에", "any", "");
    private static final Map<String, String> EN = Map.of("morning", "in the morning", "afternoon",
            "in the afternoon", "any", "at any time");

    private final Database db;

    /** Stores requests in {@code db} (migrated). */
    public CallbackAction(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> slots() {
        return Set.of("callback_window_text");
    }

    @Override
    public Result run(Context context) {
        String contact = context.args().getOrDefault("contact", "").strip();
        String window = context.args().getOrDefault("window", "any").strip();
        db.write(h -> {
            h.attach(HandoffDao.class).insertCallback(UUID.randomUUID().toString(), context.conversationId(),
                    contact, window, context.lang(), Times.iso(context.now()));
            return null;
        });
        Map<String, String> words = "en".equals(context.lang()) ? EN : KO;
        return new Result(Map.of("callback_window_text", words.getOrDefault(window, window)), List.of());
    }
}
