package org.doyak.handoff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.conversation.Action;

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

    private final HandoffStore store;

    /** Stores requests in {@code store}. */
    public CallbackAction(HandoffStore store) {
        this.store = store;
    }

    @Override
    public Set<String> slots() {
        return Set.of("callback_window_text");
    }

    @Override
    public Result run(Context context) {
        String contact = context.args().getOrDefault("contact", "").strip();
        String window = context.args().getOrDefault("window", "any").strip();
        store.insertCallback(context.conversationId(), contact, window, context.lang(), context.now());
        Map<String, String> words = "en".equals(context.lang()) ? EN : KO;
        return new Result(Map.of("callback_window_text", words.getOrDefault(window, window)), List.of());
    }
}
