package org.doyak.conversation;

import java.util.HashMap;
import java.util.Map;

/**
 * The slots that put a conversation in a center's context: the center's id ({@link Conversation#CENTER_SLOT}),
 * its name in both languages (for texts such as "{home_center_name}"), its region (flows list that region's
 * events first) and how the center was chosen ({@value #BY_SLOT}).
 */
public final class CenterSlots {
    /**
     * How the conversation's center was chosen: empty when the seeker came from the center's own page (the
     * widget's {@code data-center}, a Telegram deep link), {@value #BY_REGION} when the seeker's region
     * picked it, {@value #BY_CHOICE} when the seeker chose it when asked. Flows say "this is X's chat" only
     * for the first.
     */
    public static final String BY_SLOT = "home_center_by";
    /** The seeker's region picked the center. */
    public static final String BY_REGION = "region";
    /** The seeker chose the center when asked. */
    public static final String BY_CHOICE = "choice";

    private CenterSlots() {
    }

    /**
     * The slots for center {@code id}.
     *
     * @param item the center's content item (flattened; {@code name}, {@code name.en}, {@code region}); empty
     *     names fall back to the id
     * @param by {@link #BY_REGION}, {@link #BY_CHOICE} or "" for the center's own page ({@value #BY_SLOT} is
     *     then left out: a caller moving a conversation to a page removes it)
     */
    public static Map<String, String> of(String id, Map<String, String> item, String by) {
        String slot = Conversation.CENTER_SLOT;
        Map<String, String> slots = new HashMap<>(Map.of(slot, id, slot + "_name", item.getOrDefault("name", id),
                slot + "_name.en", item.getOrDefault("name.en", id),
                slot + "_region", item.getOrDefault("region", "")));
        if (!by.isEmpty()) {
            slots.put(BY_SLOT, by);
        }
        return Map.copyOf(slots);
    }
}
