package org.doyak.conversation;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * Moves a conversation between the bot and people for {@link FlowRunner}: handoff steps (or a callback
 * offer when counselors are away), crisis, and leaving the queue. Shares the runner's cursor, slots and
 * replies; one instance per turn, not thread-safe.
 */
final class HandoffSteps {
    /** The payload of the flow that takes a callback request when counselors are away. */
    static final String CALLBACK_PAYLOAD = "callback";
    private static final String MENU_PAYLOAD = "menu";

    private final Dialogs dialogs;
    private final CounselorHours hours;
    private final Conversation conversation;
    private final Replies replies;
    private final Map<String, String> slots;
    private final Cursor cursor;

    HandoffSteps(Dialogs dialogs, CounselorHours hours, Conversation conversation, Replies replies,
            Map<String, String> slots, Cursor cursor) {
        this.dialogs = dialogs;
        this.hours = hours;
        this.conversation = conversation;
        this.replies = replies;
        this.slots = slots;
        this.cursor = cursor;
    }

    /** A handoff step: queues the conversation when counselors are in, else says when they return. */
    void handOff(Step.Handoff handoff, Flow flow) {
        Optional<ZonedDateTime> opening = hours.nextOpening(conversation, replies.now());
        if (opening.isEmpty() || opening.get().toInstant().isAfter(replies.now())) {
            closed(opening);
            return;
        }
        slots.put("handoff_reason", Templates.fill(handoff.reason(), slots, replies.lang()));
        slots.put("handoff_flow", flow.id());
        cursor.mode(Mode.WAITING);
        cursor.position(Position.IDLE);
        handoff.text().ifPresent(t -> replies.bot(fill(t), List.of()));
        replies.system(fill(dialogs.message(SystemText.HANDOFF_WAITING)));
    }

    /**
     * Crisis: shows the crisis contacts at once and queues the conversation with high priority, whatever
     * the hour and whatever question was pending. Already waiting or with a counselor, it raises the
     * priority and shows the contacts.
     */
    void crisis() {
        slots.put("handoff_priority", "high");
        replies.system(fill(dialogs.message(SystemText.CRISIS)));
        if (cursor.mode() == Mode.BOT) {
            slots.put("handoff_reason", "crisis");
            Position at = cursor.position();
            slots.put("handoff_flow", at.flow() == null ? "" : at.flow());
            cursor.mode(Mode.WAITING);
            cursor.position(Position.IDLE);
        }
    }

    /** Leaves the waiting queue and returns the conversation to the bot. */
    void cancel() {
        cursor.mode(Mode.BOT);
        slots.remove("handoff_reason");
        slots.remove("handoff_priority");
    }

    /** Counselors are away: one notice saying when they return, with a callback offer and the menu. */
    private void closed(Optional<ZonedDateTime> opening) {
        cursor.position(Position.IDLE);
        List<Button> buttons = new ArrayList<>();
        dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(CALLBACK_PAYLOAD)).findFirst()
                .ifPresent(f -> buttons.add(new Button(f.title(), CALLBACK_PAYLOAD)));
        dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(MENU_PAYLOAD)).findFirst()
                .ifPresent(f -> buttons.add(new Button(f.title(), MENU_PAYLOAD)));
        if (opening.isEmpty()) {
            replies.bot(fill(dialogs.message(SystemText.COUNSELORS_UNAVAILABLE)), buttons);
            return;
        }
        boolean en = "en".equals(replies.lang());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(en ? "EEE d MMM, HH:mm" : "M월 d일 (E) HH:mm",
                en ? Locale.ENGLISH : Locale.KOREAN);
        slots.put("counselors_return", format.format(opening.get()));
        replies.bot(fill(dialogs.message(SystemText.COUNSELORS_CLOSED)), buttons);
        slots.remove("counselors_return");
    }

    private String fill(Text text) {
        return Templates.fill(text, slots, replies.lang());
    }
}
