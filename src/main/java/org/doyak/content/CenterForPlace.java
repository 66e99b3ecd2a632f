package org.doyak.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.doyak.conversation.Action;
import org.doyak.conversation.CenterSlots;
import org.doyak.conversation.Conversation;

/**
 * Gives a conversation without a center one, when it matters (a handoff, a booking, a callback): whose
 * queue, hours and bookings apply. With the argument {@code center} (a {@code centers} id the seeker chose)
 * that center; else with {@code place} (where the seeker said they are) the first center, in file order,
 * for that place ({@link CenterFinder#near}); else, when the deployment has one center only, that one.
 * Sets the {@link CenterSlots} with how the center was chosen, or nothing when none fits or the
 * conversation already has a center. Always sets {@value #TEAMS}: how many centers have counselors of their
 * own, so the flow asks the seeker for their center only when the answer changes whose queue they join.
 * Says nothing: the flow does.
 */
final class CenterForPlace implements Action {
    /** The slot with how many centers have counselors of their own. */
    static final String TEAMS = "center_teams";
    private final Items items;
    private final Supplier<Set<String>> teams;

    CenterForPlace(Items items, Supplier<Set<String>> teams) {
        this.items = items;
        this.teams = teams;
    }

    @Override
    public Set<String> slots() {
        String slot = Conversation.CENTER_SLOT;
        return Set.of(slot, slot + "_name", slot + "_name.en", slot + "_region", CenterSlots.BY_SLOT, TEAMS);
    }

    @Override
    public Result run(Context context) {
        Map<String, String> counted = Map.of(TEAMS, Integer.toString(teams.get().size()));
        if (!context.slots().getOrDefault(Conversation.CENTER_SLOT, "").isEmpty()) {
            return new Result(counted, List.of());
        }
        List<Map<String, String>> centers = items.of("centers");
        String chosen = context.args().getOrDefault("center", "").strip();
        Optional<Map<String, String>> byId = centers.stream().filter(c -> chosen.equals(c.get("id"))).findFirst();
        if (!chosen.isEmpty() && byId.isPresent()) {
            return result(byId.get(), CenterSlots.BY_CHOICE, counted);
        }
        String place = context.args().getOrDefault("place", "").strip();
        List<Map<String, String>> near = place.isEmpty() ? List.of() : CenterFinder.near(items, place);
        if (!near.isEmpty()) {
            return result(near.get(0), CenterSlots.BY_REGION, counted);
        }
        return centers.size() == 1 ? result(centers.get(0), CenterSlots.BY_REGION, counted)
                : new Result(counted, List.of());
    }

    private static Result result(Map<String, String> center, String by, Map<String, String> counted) {
        Map<String, String> slots = new HashMap<>(CenterSlots.of(center.getOrDefault("id", ""), center, by));
        slots.putAll(counted);
        return new Result(slots, List.of());
    }
}
