package org.doyak.conversation;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Button;
import org.doyak.dialog.CenterSchedule;
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
    /** The payload of the flow that queues the seeker with another center's open team. */
    static final String NOW_PAYLOAD = "counselor_now";
    /** Set to "yes" by that flow before its handoff step. */
    static final String ELSEWHERE_SLOT = "handoff_elsewhere";
    private static final String OPEN_CENTER_NAME = "open_center_name";
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

    /**
     * A handoff step: queues the conversation with its own center when counselors are in there; when they
     * are away, with the open center the seeker chose ({@value #ELSEWHERE_SLOT} set by the
     * {@value #NOW_PAYLOAD} flow), else says when they return and offers a callback (and, when another
     * center's team is in, a counselor from there now).
     */
    void handOff(Step.Handoff handoff, Flow flow) {
        Optional<ZonedDateTime> opening = hours.nextOpening(current(), replies.now());
        Optional<String> elsewhere = openElsewhere(opening);
        boolean chose = "yes".equals(slots.remove(ELSEWHERE_SLOT));
        if (elsewhere.isPresent() && !chose) {
            closed(opening, elsewhere);
            return;
        }
        if (!isOpen(opening) && elsewhere.isEmpty()) {
            closed(opening, Optional.empty());
            return;
        }
        queueWith(elsewhere);
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
            queueWith(openElsewhere(hours.nextOpening(current(), replies.now())));
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

    /** The handoff joins {@code center}'s queue, or the conversation's own when empty. */
    private void queueWith(Optional<String> center) {
        center.ifPresentOrElse(c -> slots.put(Conversation.QUEUE_CENTER_SLOT, c),
                () -> slots.remove(Conversation.QUEUE_CENTER_SLOT));
    }

    private boolean isOpen(Optional<ZonedDateTime> opening) {
        return opening.isPresent() && !opening.get().toInstant().isAfter(replies.now());
    }

    /** Another center whose team is in now, when the own center's is away; else empty. */
    private Optional<String> openElsewhere(Optional<ZonedDateTime> opening) {
        return isOpen(opening) ? Optional.empty() : hours.openElsewhere(current(), replies.now());
    }

    /**
     * The conversation with this turn's slots: a center a flow gave it earlier in the turn (the seeker's
     * region, or their answer to "which center?") decides whose hours apply.
     */
    private Conversation current() {
        return conversation.withSlots(slots);
    }

    /**
     * Counselors are away: one notice saying when they return, with a callback offer (from the own center),
     * a counselor now from {@code elsewhere} when a team is in there, and the menu.
     */
    private void closed(Optional<ZonedDateTime> opening, Optional<String> elsewhere) {
        cursor.position(Position.IDLE);
        List<Button> buttons = new ArrayList<>();
        flowButton(CALLBACK_PAYLOAD).ifPresent(buttons::add);
        elsewhere.ifPresent(c -> {
            Map<String, String> item = CenterSchedule.center(dialogs, c).orElse(Map.of());
            slots.put(OPEN_CENTER_NAME, item.getOrDefault("name", c));
            slots.put(OPEN_CENTER_NAME + ".en", item.getOrDefault("name.en", c));
            buttons.add(new Button(filled(SystemText.BUTTON_COUNSELOR_NOW), NOW_PAYLOAD));
        });
        flowButton(MENU_PAYLOAD).ifPresent(buttons::add);
        String away;
        if (opening.isEmpty()) {
            away = fill(dialogs.message(SystemText.COUNSELORS_UNAVAILABLE));
        } else {
            boolean en = "en".equals(replies.lang());
            DateTimeFormatter format = DateTimeFormatter.ofPattern(en ? "EEE d MMM, HH:mm" : "M월 d일 (E) HH:mm",
                    en ? Locale.ENGLISH : Locale.KOREAN);
            slots.put("counselors_return", format.format(opening.get()));
            away = fill(dialogs.message(SystemText.COUNSELORS_CLOSED));
        }
        replies.bot(elsewhere.isEmpty() ? away
                : away + "\n\n" + fill(dialogs.message(SystemText.COUNSELORS_OPEN_ELSEWHERE)), buttons);
        slots.remove("counselors_return");
        slots.remove(OPEN_CENTER_NAME);
        slots.remove(OPEN_CENTER_NAME + ".en");
    }

    private Optional<Button> flowButton(String payload) {
        return dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(payload)).findFirst()
                .map(f -> new Button(f.title(), payload));
    }

    /** A system text with the slots filled in both languages (a button title). */
    private Text filled(SystemText key) {
        Text text = dialogs.message(key);
        return new Text(Templates.fill(text, slots, "ko"), Templates.fill(text, slots, "en"));
    }

    private String fill(Text text) {
        return Templates.fill(text, slots, replies.lang());
    }
}
