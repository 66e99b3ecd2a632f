package org.doyak.handoff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.doyak.conversation.Action;
import org.doyak.conversation.Conversation;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;

/**
 * The {@value #NAME} action: stores a callback request ({@code with: contact, window}) for the console's
 * callback list of the seeker's own center, and sets {@code callback_window_text} to the window in words
 * for the flow's reply.
 */
public final class CallbackAction implements Action {
    /** The action's name in flows. */
    public static final String NAME = "request_callback";
    private static final Map<String, SystemText> WINDOWS = Map.of("morning", SystemText.CALLBACK_MORNING,
            "afternoon", SystemText.CALLBACK_AFTERNOON, "any", SystemText.CALLBACK_ANY);

    private final HandoffStore store;
    private final Supplier<Dialogs> dialogs;

    /** Stores requests in {@code store}; says the window with the words of the {@code dialogs} in force. */
    public CallbackAction(HandoffStore store, Supplier<Dialogs> dialogs) {
        this.store = store;
        this.dialogs = dialogs;
    }

    @Override
    public Set<String> slots() {
        return Set.of("callback_window_text");
    }

    @Override
    public Result run(Context context) {
        String contact = context.args().getOrDefault("contact", "").strip();
        String window = context.args().getOrDefault("window", "any").strip();
        store.insertCallback(context.conversationId(), contact, window, context.lang(), context.now(),
                context.slots().getOrDefault(Conversation.CENTER_SLOT, ""));
        SystemText words = WINDOWS.get(window);
        String said = words == null ? window : dialogs.get().message(words).in(context.lang());
        return new Result(Map.of("callback_window_text", said), List.of());
    }
}
