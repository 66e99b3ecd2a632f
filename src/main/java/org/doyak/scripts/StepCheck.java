package org.doyak.scripts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;

/** Compares what the bot did in one step with what the step expects; says the first difference. */
final class StepCheck {
    private StepCheck() {
    }

    /** The first expectation not met, as "expected ... but ..." in the staff's language, or empty. */
    static Optional<String> check(Script.Step step, List<ChatMessage> replies, Conversation state, String lang) {
        String text = replies.stream().map(ChatMessage::text).collect(Collectors.joining("\n"));
        List<String> buttons = replies.stream().flatMap(m -> m.buttons().stream()).map(ChatMessage.Choice::title)
                .toList();
        for (String expected : step.contains()) {
            if (!text.contains(expected)) {
                return say(lang, "답에 있어야 할 말: '" + expected + "'", "expected the reply to contain '" + expected + "'");
            }
        }
        for (String unexpected : step.notContains()) {
            if (text.contains(unexpected)) {
                return say(lang, "답에 없어야 할 말: '" + unexpected + "'", "expected the reply not to contain '"
                        + unexpected + "'");
            }
        }
        for (String button : step.buttons()) {
            if (!buttons.contains(button)) {
                return say(lang, "있어야 할 버튼: '" + button + "', 실제 버튼: " + buttons, "expected a button '" + button
                        + "', offered " + buttons);
            }
        }
        for (Map.Entry<String, String> slot : step.slots().entrySet()) {
            String actual = state.slots().get(slot.getKey());
            if (!Objects.equals(slot.getValue(), actual)) {
                return say(lang, "슬롯 " + slot.getKey() + ": 기대 '" + slot.getValue() + "', 실제 '" + actual + "'",
                        "slot " + slot.getKey() + ": expected '" + slot.getValue() + "', actual '" + actual + "'");
            }
        }
        if (step.mode() != null && !step.mode().toUpperCase(Locale.ROOT).equals(state.mode().name())) {
            return say(lang, "모드: 기대 " + step.mode() + ", 실제 " + state.mode().name().toLowerCase(Locale.ROOT),
                    "mode: expected " + step.mode() + ", actual " + state.mode().name().toLowerCase(Locale.ROOT));
        }
        if (step.lang() != null && !step.lang().equals(state.lang())) {
            return say(lang, "언어: 기대 " + step.lang() + ", 실제 " + state.lang(),
                    "language: expected " + step.lang() + ", actual " + state.lang());
        }
        return Optional.empty();
    }

    private static Optional<String> say(String lang, String korean, String english) {
        return Optional.of("en".equals(lang) ? english : korean);
    }
}
