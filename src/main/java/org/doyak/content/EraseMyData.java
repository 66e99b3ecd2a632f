package org.doyak.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.Action;
import org.doyak.conversation.Conversation;
import org.doyak.dialog.SystemText;

/**
 * Erases the seeker's data: stored messages, appointments and every slot of the conversation
 * (the language and the center whose site the chat is on stay: they say nothing about the seeker).
 * Run it only after the seeker confirmed; the flow asks.
 */
final class EraseMyData implements Action {
    private final SeekerData data;

    private final Items items;

    EraseMyData(SeekerData data, Items items) {
        this.data = data;
        this.items = items;
    }

    @Override
    public Result run(Context context) {
        data.erase(context.conversationId());
        Map<String, String> cleared = new HashMap<>();
        context.slots().keySet().stream().filter(k -> !k.startsWith(Conversation.CENTER_SLOT))
                .forEach(k -> cleared.put(k, ""));
        return new Result(cleared, List.of(new Reply(items.say(SystemText.DATA_ERASED, context.lang()), List.of())));
    }
}
