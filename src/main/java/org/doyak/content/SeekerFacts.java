package org.doyak.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.doyak.dialog.Dialogs;

/**
 * What the bot learned about a seeker, said for a counselor: each fact with a Korean and English label
 * and value, from the conversation's slots and the content the bot used (status names, RIASEC types,
 * programs with the reasons they fit, the booking). Slots the bot did not fill are left out.
 * Thread-safe; reads the dialogs in force on each call.
 */
public final class SeekerFacts {
    private final Items items;

    /** Reads content (programs, riasec, centers) from the dialogs in force. */
    public SeekerFacts(Supplier<Dialogs> dialogs) {
        this.items = new Items(dialogs);
    }

    /**
     * One fact about the seeker.
     *
     * @param key the slot it comes from
     * @param label what it is, by language ({@code ko}, {@code en})
     * @param value what the seeker said or the bot found, by language
     * @param details supporting lines by language (for a program: why it fits), possibly empty
     */
    public record Fact(String key, Map<String, String> label, Map<String, String> value,
            Map<String, List<String>> details) {
    }

    /** The facts in a fixed order: age, region, status, benefit, interests, RIASEC, programs, booking. */
    public List<Fact> of(Map<String, String> slots) {
        List<Fact> facts = new ArrayList<>();
        plain(facts, slots, "age", "나이", "Age", v -> v + "세", v -> v);
        plain(facts, slots, "region", "지역", "Region", v -> v, v -> v);
        plain(facts, slots, "status", "상태", "Status", v -> Statuses.label(items, v, "ko"),
                v -> Statuses.label(items, v, "en"));
        plain(facts, slots, "benefit", "실업급여", "Unemployment benefit", v -> yes(v) ? "수급 중" : "받지 않음",
                v -> yes(v) ? "receiving" : "not receiving");
        plain(facts, slots, "career_path", "관심 분야", "Interests", v -> v, v -> v);
        plain(facts, slots, "major", "전공", "Major", v -> v, v -> v);
        riasec(facts, slots.getOrDefault("riasec_top", ""));
        programs(facts, slots);
        booking(facts, slots);
        return facts;
    }

    /** A center's name by id, in Korean and English; the id itself when the center is unknown. */
    public Map<String, String> centerName(String id) {
        Optional<Map<String, String>> c = items.of("centers").stream().filter(x -> id.equals(x.get("id"))).findFirst();
        return Map.of("ko", c.map(x -> Items.text(x, "name", "ko")).orElse(id),
                "en", c.map(x -> Items.text(x, "name", "en")).orElse(id));
    }

    private void riasec(List<Fact> facts, String codes) {
        if (codes.isBlank()) {
            return;
        }
        List<Map<String, String>> types = items.of("riasec");
        List<String> ids = Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        facts.add(fact("riasec_top", "직업흥미(RIASEC)", "Interest type (RIASEC)",
                String.join(", ", ids.stream().map(id -> id + " " + name(types, id, "ko")).toList()),
                String.join(", ", ids.stream().map(id -> id + " " + name(types, id, "en")).toList())));
    }

    private void programs(List<Fact> facts, Map<String, String> slots) {
        String matched = slots.getOrDefault("matched_programs", "");
        if (!slots.containsKey("matched_programs")) {
            return;
        }
        List<Map<String, String>> programs = items.of("programs");
        List<String> ids = Arrays.stream(matched.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> ko = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String id : ids) {
            Optional<Map<String, String>> p = programs.stream().filter(x -> id.equals(x.get("id"))).findFirst();
            ko.add(p.map(x -> Items.text(x, "name", "ko") + ": " + String.join(", ",
                    ProgramRules.judge(x, slots, "ko", items).fits())).orElse(id));
            en.add(p.map(x -> Items.text(x, "name", "en") + ": " + String.join(", ",
                    ProgramRules.judge(x, slots, "en", items).fits())).orElse(id));
        }
        facts.add(new Fact("matched_programs", Map.of("ko", "맞는 프로그램", "en", "Programs that fit"),
                Map.of("ko", ids.isEmpty() ? "맞는 프로그램 없음" : ids.size() + "개",
                        "en", ids.isEmpty() ? "none found" : String.valueOf(ids.size())),
                Map.of("ko", ko, "en", en)));
    }

    private void booking(List<Fact> facts, Map<String, String> slots) {
        if (!"yes".equals(slots.get("booking_saved")) || slots.getOrDefault("booking_time", "").isBlank()) {
            return;
        }
        String time = slots.get("booking_time").replace('T', ' ');
        String center = slots.getOrDefault("booking_center", slots.getOrDefault("center", ""));
        Map<String, String> name = centerName(center);
        facts.add(fact("booking", "상담 예약", "Booking", time + " · " + name.get("ko"), time + " · " + name.get("en")));
    }

    private static void plain(List<Fact> facts, Map<String, String> slots, String key, String ko, String en,
            UnaryOperator<String> koValue, UnaryOperator<String> enValue) {
        String v = slots.getOrDefault(key, "");
        if (!v.isBlank()) {
            facts.add(fact(key, ko, en, koValue.apply(v), enValue.apply(v)));
        }
    }

    private static Fact fact(String key, String ko, String en, String koValue, String enValue) {
        return new Fact(key, Map.of("ko", ko, "en", en), Map.of("ko", koValue, "en", enValue), Map.of());
    }

    private static String name(List<Map<String, String>> types, String id, String lang) {
        return types.stream().filter(t -> id.equals(t.get("id"))).findFirst().map(t -> Items.text(t, "name", lang))
                .orElse("");
    }

    private static boolean yes(String v) {
        return "yes".equals(v) || "true".equals(v);
    }
}
