package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.dialog.Particles;

/**
 * Finds centers of the {@code centers} collection for a place the seeker typed (argument {@code place}):
 * by region, city, or one of the nearby places listed in {@code near}. Shows what each center offers,
 * hours, phone, website and address; a field the content leaves empty is never guessed: the bot says
 * to call or visit instead. Sets {@code center} to the first center found. Offers no buttons: the flow's
 * next step does.
 */
final class CenterFinder implements Action {
    private static final List<String> PLACE_FIELDS = List.of("region", "region.en", "city", "city.en");
    private final Items items;

    CenterFinder(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("center");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        String place = context.args().getOrDefault("place", "").strip();
        List<Map<String, String>> found = new ArrayList<>();
        for (Map<String, String> c : items.of("centers")) {
            List<String> names = new ArrayList<>(Items.list(c, "near"));
            PLACE_FIELDS.forEach(f -> names.add(c.getOrDefault(f, "")));
            if (names.stream().anyMatch(n -> ProgramRules.sameRegion(n, place))) {
                found.add(c);
            }
        }
        if (found.isEmpty()) {
            List<String> regions = items.of("centers").stream().map(c -> Items.text(c, "region", lang)).distinct()
                    .toList();
            return new Result(Map.of(), List.of(new Reply(Items.say(lang, "'" + place + "' 근처 센터 정보는 아직 없어요. "
                    + "제가 아는 지역: ", "I have no center near '" + place + "' yet. Regions I know: ")
                    + String.join(", ", regions) + Items.say(lang, ". 가까운 고용센터에 전화하거나 방문해 보세요.",
                    ". Please call or visit your nearest job center."), List.of())));
        }
        List<String> lines = found.stream().map(c -> describe(c, lang)).toList();
        return new Result(Map.of("center", found.get(0).getOrDefault("id", "")),
                List.of(new Reply(String.join("\n\n", lines), List.of())));
    }

    static String describe(Map<String, String> c, String lang) {
        StringBuilder out = new StringBuilder("• ").append(Items.text(c, "name", lang));
        String offers = Items.text(c, "offers", lang);
        if (!offers.isEmpty()) {
            out.append("\n  ").append(offers);
        }
        field(out, Items.say(lang, "주소", "Address"), Items.text(c, "address", lang));
        field(out, Items.say(lang, "운영", "Hours"), Items.text(c, "hours", lang));
        field(out, Items.say(lang, "전화", "Phone"), Items.text(c, "phone", lang));
        field(out, Items.say(lang, "홈페이지", "Website"), Items.text(c, "website", lang));
        List<String> unknown = new ArrayList<>();
        for (String f : List.of("address", "hours", "phone")) {
            if (Items.text(c, f, lang).isEmpty()) {
                unknown.add(Items.say(lang, Map.of("address", "주소", "hours", "운영시간", "phone", "전화번호").get(f), f));
            }
        }
        if (!unknown.isEmpty()) {
            out.append(Items.say(lang, "\n  (" + Particles.attach(String.join(", ", unknown), "은")
                    + " 제 자료에 없어요. 방문 전에 "
                    + "센터 홈페이지나 가까운 고용센터에 확인해 주세요.)", "\n  (I don't have its " + String.join(", ", unknown)
                    + ". Please check with the center or your nearest job center before visiting.)"));
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append("\n  ").append(label).append(": ").append(value);
        }
    }
}
