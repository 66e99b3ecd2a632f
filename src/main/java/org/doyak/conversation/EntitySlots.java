package org.doyak.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Step;

/**
 * Puts what a seeker says in any message ("23살 부천 백수인데 …") into the slots the flows ask for, so
 * no flow asks for it again. Non-personal values (region, center, program, booking operation) are used
 * at once (a program named before "조건이 맞는지 볼까요?" is the one whose fit is then explained).
 * Personal ones (age, employment status, benefit, major, a pasted text) need consent: with consent they
 * are used at once; before the seeker has answered the consent question they are held in
 * {@value #HELD}-slots and used the moment consent is given; refused, they are dropped and never stored.
 * A slot filled this way is listed in {@value #GIVEN} until a question uses it.
 */
final class EntitySlots {
    /** Slots filled from what the seeker said and not yet used by a question, comma-separated. */
    static final String GIVEN = "_given";
    /** Prefix of personal values held until the seeker answers the consent question. */
    static final String HELD = "_held.";
    static final String CONSENT = "consent";
    private static final Set<String> PERSONAL = Set.of("age", "status", "benefit", "major", "resume_text",
            "intro_text");
    private static final Map<String, List<String>> SLOTS_OF = Map.of(
            "region", List.of("region", "place"),
            "center", List.of("booking_center"),
            "program", List.of("asked_program"),
            "booking_op", List.of("booking_op"),
            "age", List.of("age"),
            "status", List.of("status"),
            "benefit", List.of("benefit"),
            "major", List.of("major"));

    private EntitySlots() {
    }

    /**
     * Fills (or holds) the slots the message's entities answer; a message pointing back ("거기 예약
     * 가능?") at the one center the last answer was about names that center.
     */
    static void remember(Meaning meaning, Map<String, String> slots) {
        String topic = slots.getOrDefault("topic_ids", "");
        if (meaning.has("anaphora") && !meaning.has("center") && "center".equals(slots.get("topic_kind"))
                && !topic.isEmpty() && !topic.contains(",")) {
            give(slots, "booking_center", topic);
        }
        for (Map.Entry<String, List<String>> type : SLOTS_OF.entrySet()) {
            String value = meaning.slotValue(type.getKey());
            if ("status".equals(type.getKey()) && "benefit_recipient".equals(value)) {
                give(slots, "status", "unemployed");
                give(slots, "benefit", "yes");
            } else if (!value.isEmpty()) {
                type.getValue().forEach(slot -> give(slots, slot, value));
            }
        }
    }

    /** Fills, holds or drops one value according to the consent given so far. */
    static void give(Map<String, String> slots, String slot, String value) {
        if (!PERSONAL.contains(slot) || "yes".equals(slots.get(CONSENT))) {
            slots.put(slot, value);
            Set<String> given = given(slots);
            given.add(slot);
            slots.put(GIVEN, String.join(",", given));
        } else if (!"no".equals(slots.get(CONSENT))) {
            slots.put(HELD + slot, value);
        }
    }

    /** After the consent question: held values are used (consent given) or dropped (refused). */
    static void consentAnswered(Map<String, String> slots) {
        List<String> held = slots.keySet().stream().filter(k -> k.startsWith(HELD)).toList();
        for (String key : new ArrayList<>(held)) {
            String value = slots.remove(key);
            if ("yes".equals(slots.get(CONSENT))) {
                give(slots, key.substring(HELD.length()), value);
            }
        }
    }

    /** The value of a slot the seeker already gave, which a question may take without asking. */
    static Optional<String> givenFor(Step.Ask ask, Map<String, String> slots) {
        String value = slots.getOrDefault(ask.slot(), "");
        return given(slots).contains(ask.slot()) && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    /** Marks a given slot as used, so a later question for it is asked again (e.g. "another region"). */
    static void used(Map<String, String> slots, String slot) {
        Set<String> given = given(slots);
        given.remove(slot);
        if (given.isEmpty()) {
            slots.remove(GIVEN);
        } else {
            slots.put(GIVEN, String.join(",", given));
        }
    }

    /** The value in this message that answers the question, if an entity does ("부천 살아요" → 부천). */
    static Optional<String> answerFor(Step.Ask ask, Meaning meaning) {
        if (ask.expect().kind() == Expect.Kind.NUMBER) {
            return Optional.of(meaning.first("age")).filter(v -> !v.isEmpty());
        }
        return SLOTS_OF.entrySet().stream().filter(e -> e.getValue().contains(ask.slot()))
                .map(e -> meaning.slotValue(e.getKey())).filter(v -> !v.isEmpty() && !"benefit_recipient".equals(v))
                .findFirst();
    }

    private static Set<String> given(Map<String, String> slots) {
        Set<String> given = new LinkedHashSet<>(Arrays.asList(slots.getOrDefault(GIVEN, "").split(",")));
        given.remove("");
        return given;
    }
}
