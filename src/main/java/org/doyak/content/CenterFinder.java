package org.doyak.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.dialog.SystemText;

/**
 * Finds centers of the {@code centers} collection for a place the seeker typed (argument {@code place}):
 * by region, city, or one of the nearby places listed in {@code near}. Shows what each center offers,
 * hours, phone, website and address; a field the content leaves empty is never guessed: the bot says
 * to call or visit instead. Sets {@code center} to the first center found. Offers no buttons: the flow's
 * next step does. Sets {@code topic_kind} and {@code topic_ids} so a follow-up ("거기 주소는?") is about them.
 * With the argument {@code center} (the conversation's own center) and no place, it shows that center
 * alone and says the chat belongs to it.
 */
final class CenterFinder implements Action {
    private static final List<String> PLACE_FIELDS = List.of("region", "region.en", "city", "city.en");
    /** Shown fields: the line's text, and how to name the field when it is unknown (null: not named). */
    private static final Map<String, SystemText[]> FIELDS = new LinkedHashMap<>();
    private final Items items;

    static {
        FIELDS.put("address", new SystemText[] {SystemText.CENTER_ADDRESS, SystemText.CENTER_FIELD_ADDRESS});
        FIELDS.put("hours", new SystemText[] {SystemText.CENTER_HOURS, SystemText.CENTER_FIELD_HOURS});
        FIELDS.put("phone", new SystemText[] {SystemText.CENTER_PHONE, SystemText.CENTER_FIELD_PHONE});
        FIELDS.put("website", new SystemText[] {SystemText.CENTER_WEBSITE, null});
    }

    CenterFinder(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("center", "topic_kind", "topic_ids", "topic_facet");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        String place = context.args().getOrDefault("place", "").strip();
        String own = context.args().getOrDefault("center", "").strip();
        if (place.isEmpty() && !own.isEmpty()) {
            return items.of("centers").stream().filter(c -> own.equals(c.get("id"))).findFirst()
                    .map(c -> new Result(Map.of("center", own, "topic_kind", "center", "topic_ids", own,
                            "topic_facet", ""), List.of(new Reply(items.say(SystemText.CENTER_THIS_PAGE, lang,
                            Map.of("center", Items.text(c, "name", lang))) + "\n" + describe(c, lang), List.of()))))
                    .orElse(new Result(Map.of(), List.of()));
        }
        List<Map<String, String>> found = near(items, place);
        if (found.isEmpty()) {
            List<String> regions = items.of("centers").stream().map(c -> Items.text(c, "region", lang)).distinct()
                    .toList();
            return new Result(Map.of(), List.of(new Reply(items.say(SystemText.CENTERS_NONE_NEAR, lang,
                    Map.of("place", place, "regions", String.join(", ", regions))), List.of())));
        }
        List<String> lines = found.stream().map(c -> describe(c, lang)).toList();
        String ids = String.join(",", found.stream().map(c -> c.getOrDefault("id", "")).toList());
        return new Result(Map.of("center", found.get(0).getOrDefault("id", ""), "topic_kind", "center",
                "topic_ids", ids, "topic_facet", ""),
                List.of(new Reply(String.join("\n\n", lines), List.of())));
    }

    /**
     * The centers, in file order, for a seeker in {@code place}: those whose region, city or a {@code near}
     * place lies within it or it within them (by the region groups). None for a blank place.
     */
    static List<Map<String, String>> near(Items items, String place) {
        List<Map<String, String>> found = new ArrayList<>();
        RegionGroups places = items.regions();
        for (Map<String, String> c : items.of("centers")) {
            List<String> names = new ArrayList<>(Items.list(c, "near"));
            PLACE_FIELDS.forEach(f -> names.add(c.getOrDefault(f, "")));
            if (names.stream().anyMatch(n -> places.overlap(n, place))) {
                found.add(c);
            }
        }
        return found;
    }

    /** A center with what it offers and its contacts; fields the content leaves empty are named as unknown. */
    String describe(Map<String, String> c, String lang) {
        StringBuilder out = new StringBuilder("• ").append(Items.text(c, "name", lang));
        String offers = Items.text(c, "offers", lang);
        if (!offers.isEmpty()) {
            out.append("\n  ").append(offers);
        }
        List<String> unknown = new ArrayList<>();
        FIELDS.forEach((field, texts) -> {
            String value = Items.text(c, field, lang);
            if (!value.isEmpty()) {
                out.append("\n  ").append(items.say(texts[0], lang, Map.of("value", value)));
            } else if (texts[1] != null) {
                unknown.add(items.say(texts[1], lang));
            }
        });
        if (!unknown.isEmpty()) {
            out.append("\n  ").append(items.say(SystemText.CENTER_UNKNOWN, lang,
                    Map.of("fields", String.join(", ", unknown))));
        }
        return out.toString();
    }
}
