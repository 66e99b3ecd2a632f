package org.doyak.content;

import java.util.Comparator;
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
 * that center; else with {@code place} (where the seeker said they are) the first center, in file
 * order that names it most closely (its region, then its city, then a near place), else the first that
 * covers it ({@link CenterFinder#near}: 인천 picks the center for 인천 before the one for 인천 서구); else, when the
 * deployment has one center only, that one.
 * Sets the {@link CenterSlots} with how the center was chosen, or nothing when none fits or the
 * conversation already has a center. When none fits it sets {@value #TEAMS}: how many centers have counselors
 * of their own, so the flow asks the seeker for their center only when the answer changes whose queue they
 * join (the staff accounts are read only then).
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
        if (!context.slots().getOrDefault(Conversation.CENTER_SLOT, "").isEmpty()) {
            return new Result(Map.of(), List.of());
        }
        List<Map<String, String>> centers = items.of("centers");
        String chosen = context.args().getOrDefault("center", "").strip();
        Optional<Map<String, String>> byId = centers.stream().filter(c -> chosen.equals(c.get("id"))).findFirst();
        if (!chosen.isEmpty() && byId.isPresent()) {
            return result(byId.get(), CenterSlots.BY_CHOICE);
        }
        String place = context.args().getOrDefault("place", "").strip();
        List<Map<String, String>> near = place.isEmpty() ? List.of() : CenterFinder.near(items, place);
        if (!near.isEmpty()) {
            Map<String, String> closest = near.stream().min(Comparator.comparingInt(c -> closeness(c, place)))
                    .orElseThrow();
            return result(closest, CenterSlots.BY_REGION);
        }
        return centers.size() == 1 ? result(centers.get(0), CenterSlots.BY_REGION)
                : new Result(Map.of(TEAMS, Integer.toString(teams.get().size())), List.of());
    }

    /**
     * How closely the center names {@code place}: 0 its region is that place, 1 its city, 2 one of its near
     * places, 3 it only lies within or around it.
     */
    private static int closeness(Map<String, String> center, String place) {
        String wanted = Items.normalize(place);
        List<List<String>> fields = List.of(List.of(center.getOrDefault("region", ""),
                center.getOrDefault("region.en", "")), List.of(center.getOrDefault("city", ""),
                center.getOrDefault("city.en", "")), Items.list(center, "near"));
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).stream().anyMatch(n -> Items.normalize(n).equals(wanted))) {
                return i;
            }
        }
        return fields.size();
    }

    private static Result result(Map<String, String> center, String by) {
        return new Result(CenterSlots.of(center.getOrDefault("id", ""), center, by), List.of());
    }
}
