package org.doyak.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;

/**
 * Lets a flow skip a question the seeker already answered: a slot they gave in a message (see
 * {@link EntitySlots}), or a profile slot ({@code age}, {@code status}, {@code benefit}, {@code region})
 * known with consent, which is never asked twice. The value must still pass the question's check.
 * Collects what it took so the bot can confirm it in one line ("25세, 부천, 구직 중 기준으로 볼게요").
 * One instance per turn; not thread-safe.
 */
final class KnownAnswers {
    private static final Set<String> PROFILE = Set.of("age", "status", "benefit", "region");
    private final Dialogs dialogs;
    private final Map<String, String> slots;
    private final List<String> taken = new ArrayList<>();
    /** Slot keeping the slots confirmed ahead of their question (so the later skip does not confirm again). */
    static final String CONFIRMED = "_confirmed";

    KnownAnswers(Dialogs dialogs, Map<String, String> slots) {
        this.dialogs = dialogs;
        this.slots = slots;
    }

    /** True when the question is answered already; the value is then stored and remembered for the confirmation. */
    boolean skip(Step.Ask ask, String lang) {
        Optional<String> given = EntitySlots.givenFor(ask, slots);
        String known = slots.getOrDefault(ask.slot(), "");
        boolean profile = PROFILE.contains(ask.slot()) && !known.isEmpty() && "yes".equals(slots.get("consent"));
        Optional<String> value = given.or(() -> profile ? Optional.of(known) : Optional.empty())
                .flatMap(v -> Answers.accept(ask, v));
        EntitySlots.used(slots, ask.slot());
        if (value.isEmpty()) {
            return false;
        }
        slots.put(ask.slot(), value.get());
        Set<String> confirmed = confirmed();
        if (given.isPresent() && !confirmed.remove(ask.slot())) {
            taken.add(label(ask, value.get(), lang));
        }
        keep(confirmed);
        return true;
    }

    /**
     * The confirmation of what was taken since the last call, together with what the seeker said that the
     * flow's later questions ({@code ahead}) will take, so it is all confirmed in one line ("25세, 구직 중,
     * 부천 기준으로 볼게요"); empty when nothing was taken.
     */
    Optional<String> confirmation(String lang, List<Step> ahead) {
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Set<String> confirmed = confirmed();
        for (Step step : ahead) {
            if (step instanceof Step.Ask ask && !confirmed.contains(ask.slot())) {
                EntitySlots.givenFor(ask, slots).flatMap(v -> Answers.accept(ask, v)).ifPresent(v -> {
                    confirmed.add(ask.slot());
                    taken.add(label(ask, v, lang));
                });
            }
        }
        keep(confirmed);
        String text = Templates.fill(dialogs.message(SystemText.KNOWN_ANSWERS), Map.of("known",
                String.join(", ", taken)), lang);
        taken.clear();
        return Optional.of(text);
    }

    private Set<String> confirmed() {
        return new LinkedHashSet<>(Arrays.stream(slots.getOrDefault(CONFIRMED, "").split(","))
                .filter(s -> !s.isEmpty()).toList());
    }

    private void keep(Set<String> confirmed) {
        if (confirmed.isEmpty()) {
            slots.remove(CONFIRMED);
        } else {
            slots.put(CONFIRMED, String.join(",", confirmed));
        }
    }

    private String label(Step.Ask ask, String value, String lang) {
        Optional<Button> button = ask.buttons().stream().filter(b -> b.payload().equals(value)).findFirst();
        if (button.isPresent()) {
            String title = button.get().title().in(lang);
            boolean word = title.length() > 1 && Character.isLowerCase(title.charAt(1));
            return "en".equals(lang) && word ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
        }
        if (ask.expect().kind() == Expect.Kind.NUMBER && "age".equals(ask.slot())) {
            return Templates.fill(dialogs.message(SystemText.KNOWN_AGE), Map.of("age", value), lang);
        }
        return value;
    }
}
