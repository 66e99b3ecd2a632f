package org.doyak.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.Action;
import org.doyak.conversation.Conversation;

/**
 * Erases the seeker's data: stored messages, appointments and every slot of the conversation
 * (the language and the center whose site the chat is on stay: they say nothing about the seeker).
 * Run it only after the seeker confirmed; the flow asks.
 */
final class EraseMyData implements Action {
    private final SeekerData data;

    EraseMyData(SeekerData data) {
        this.data = data;
    }

    @Override
    public Result run(Context context) {
        data.erase(context.conversationId());
        Map<String, String> cleared = new HashMap<>();
        context.slots().keySet().stream().filter(k -> !k.startsWith(Conversation.CENTER_SLOT))
                .forEach(k -> cleared.put(k, ""));
        return new Result(cleared, List.of(new Reply(Items.say(context.lang(),
                "저장된 대화, 답변, 예약 정보를 모두 지웠어요. 개인정보 동의도 철회됐어요. 일반 안내는 계속 이용할 수 있어요.",
                "I've erased your stored messages, answers and bookings, and your consent is withdrawn. "
                        + "General information is still available."), List.of())));
    }
}
