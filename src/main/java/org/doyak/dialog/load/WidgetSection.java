package org.doyak.dialog.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.doyak.dialog.Placeholders;
import org.doyak.dialog.Text;
import org.doyak.dialog.WidgetText;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Where;

/**
 * Reads the {@code widget:} section of {@code messages.yaml}: a Korean and English text per {@link WidgetText}.
 * Each problem is recorded where it is written: an unknown key (with the key most likely meant), a text
 * missing a language, a placeholder the text may not use (or with a particle, which only the bot fills); and
 * every missing key at the section's line.
 */
final class WidgetSection {
    private static final Map<String, WidgetText> BY_KEY = Arrays.stream(WidgetText.values())
            .collect(Collectors.toUnmodifiableMap(WidgetText::key, w -> w));

    private WidgetSection() {
    }

    /**
     * The texts of {@code root}'s {@code widget:} section by key; nothing when {@code root} is not a mapping
     * (the messages parser reports that).
     */
    static Map<String, Text> read(Node root, Problems problems) {
        Map<String, Text> out = new LinkedHashMap<>();
        if (!(root instanceof Mapping file)) {
            return out;
        }
        Node section = file.entries().get("widget");
        Where place = section == null ? file.where() : file.keyPlaces().get("widget");
        Reader in = new Reader(problems);
        if (section != null) {
            in.mapping(section, new Text("'widget'", "'widget'")).ifPresent(all -> all.entries().forEach(
                    (key, value) -> read(in, all.keyPlaces().get(key), key, value).ifPresent(t -> out.put(key, t))));
        }
        List<String> missing = Arrays.stream(WidgetText.values()).map(WidgetText::key)
                .filter(k -> !out.containsKey(k) && !keyWritten(section, k)).toList();
        if (!missing.isEmpty()) {
            String keys = String.join(", ", missing);
            problems.add(place, "위젯 문구가 없어요 (widget: 아래에 한국어와 영어로 써 주세요. 기본 문구는 java -jar doyak.jar "
                    + "init 빈폴더 가 쓰는 messages.yaml에 있어요): " + keys, "missing widget texts (write them under widget: "
                    + "in Korean and English; java -jar doyak.jar init EMPTY_FOLDER writes a messages.yaml with the "
                    + "defaults): " + keys);
        }
        return out;
    }

    private static Optional<Text> read(Reader in, Where keyPlace, String key, Node value) {
        WidgetText known = BY_KEY.get(key);
        if (known == null) {
            String[] hint = Closest.hint(key, BY_KEY.keySet());
            in.problems().add(keyPlace, "알 수 없는 위젯 문구 '" + key + "'" + hint[0],
                    "unknown widget text '" + key + "'" + hint[1]);
            return Optional.empty();
        }
        Optional<Text> text = in.text(value, new Text("위젯 문구 '" + key + "'", "widget text '" + key + "'"));
        if (value instanceof Mapping m) {
            Set<String> allowed = known.placeholders();
            for (String lang : List.of("ko", "en")) {
                if (m.entries().get(lang) instanceof Scalar s && s.value() != null) {
                    placeholders(key, s, allowed, in.problems());
                }
            }
        }
        return text;
    }

    private static void placeholders(String key, Scalar text, Set<String> allowed, Problems problems) {
        Matcher m = Placeholders.PLACEHOLDER.matcher(text.value());
        while (m.find()) {
            String name = m.group(1);
            if (m.group(2) != null) {
                problems.add(text.where(), "위젯 문구 '" + key + "'의 {" + name + "|" + m.group(2) + "}: 위젯은 조사를 고르지 "
                        + "않아요. {" + name + "}만 써 주세요", "widget text '" + key + "': the widget does not choose "
                        + "particles; write {" + name + "} alone");
            } else if (!allowed.contains(name)) {
                String[] hint = Closest.hint(name, allowed);
                String list = allowed.isEmpty() ? "없음" : String.join(", ", allowed.stream().sorted().toList());
                String listEn = allowed.isEmpty() ? "none" : list;
                problems.add(text.where(), "위젯 문구 '" + key + "'에서 쓸 수 없는 자리 표시 {" + name + "}" + hint[0]
                        + " (쓸 수 있는 것: " + list + ")", "widget text '" + key + "' cannot use the placeholder {"
                        + name + "}" + hint[1] + " (allowed: " + listEn + ")");
            }
        }
    }

    /** True when {@code key} is written in {@code section} (may be null), even with a problem reported on its line. */
    private static boolean keyWritten(Node section, String key) {
        return section instanceof Mapping m && m.entries().containsKey(key);
    }
}
