package org.doyak.dialog.load;

import java.util.List;
import java.util.Map;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;

/**
 * Recognises what YAML makes of a text with an unquoted comma inside braces: {@code {ko: 졸업, en: Yes,
 * graduated}} reads as the keys {@code ko}, {@code en} and an empty {@code graduated}. Staff meant one
 * text, so the message says to quote it rather than calling {@code graduated} an unknown key.
 */
final class UnquotedComma {
    private UnquotedComma() {
    }

    /** Reports and returns true when {@code m} holds ko/en and keys without a value after them. */
    static boolean report(Mapping m, Problems problems) {
        if (!m.entries().containsKey("ko") && !m.entries().containsKey("en")) {
            return false;
        }
        List<String> stray = m.entries().entrySet().stream()
                .filter(e -> !e.getKey().equals("ko") && !e.getKey().equals("en"))
                .filter(e -> e.getValue() instanceof Scalar s && s.value() == null)
                .map(Map.Entry::getKey).toList();
        if (stray.isEmpty()) {
            return false;
        }
        String first = stray.get(0);
        String cut = "";
        String before = "en";
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            if (e.getKey().equals(first)) {
                break;
            }
            if (e.getValue() instanceof Scalar s && s.value() != null) {
                before = e.getKey();
                cut = s.value();
            }
        }
        String example = before + ": \"" + cut + ", " + String.join(", ", stray) + "\"";
        problems.add(m.keyPlaces().get(first),
                "텍스트 안의 쉼표 뒤 '" + first + "' 부분이 새 키로 읽혔어요. 쉼표가 든 텍스트는 따옴표로 감싸세요: " + example,
                "the text was cut at a comma and '" + first + "' read as a new key: put a text with a comma in quotes: "
                        + example);
        return true;
    }
}
