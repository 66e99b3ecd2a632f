package org.doyak.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a seeker's age: "25살", "만 25세", "스물다섯", "스물 다섯 살", "이십오 세", "25 years old",
 * "I'm 25", "age 25". Native Korean numbers count without 살 when they start with a tens word
 * (스물…아흔); Sino-Korean ones and digits need 살/세. Ages outside 14–99 are ignored. Thread-safe.
 */
final class AgeFinder {

    private static final Map<String, Integer> NATIVE_TENS = Map.of("열", 10, "스물", 20, "스무", 20, "서른", 30,
            "마흔", 40, "쉰", 50, "예순", 60, "일흔", 70, "여든", 80, "아흔", 90);
    private static final Map<String, Integer> NATIVE_UNITS = Map.ofEntries(Map.entry("하나", 1), Map.entry("한", 1),
            Map.entry("둘", 2), Map.entry("두", 2), Map.entry("셋", 3), Map.entry("세", 3), Map.entry("넷", 4),
            Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7),
            Map.entry("여덟", 8), Map.entry("아홉", 9));
    private static final String SINO = "일이삼사오육칠팔구";

    private static final Pattern DIGITS_KO = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:살|세)");
    private static final Pattern NATIVE = Pattern.compile(
            "(스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔|열)\\s*(하나|다섯|여섯|일곱|여덟|아홉|한|둘|두|셋|세|넷|네)?(\\s*살)?");
    private static final Pattern SINO_KO = Pattern.compile("([이삼사오육칠팔구]?)십\\s*([일이삼사오육칠팔구]?)\\s*(?:살|세)");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})\\s*(?:years?\\s*old|yrs?\\s*old|y/?o)\\b"
            + "|\\b(?:i'?m|i\\s+am|age|aged)\\s+(\\d{1,2})\\b(?!\\s*(?:%|won|dollars|hours|minutes|times|th))");

    private AgeFinder() {
    }

    /** Ages in {@code text}, each with the offsets of the words that say it. */
    static List<Entity> find(String text) {
        List<Entity> found = new ArrayList<>();
        Matcher m = DIGITS_KO.matcher(text);
        while (m.find()) {
            add(found, Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = NATIVE.matcher(text);
        while (m.find()) {
            boolean hasUnit = m.group(2) != null;
            boolean hasSal = m.group(3) != null;
            boolean standalone = m.end() >= text.length() || !TextNormalizer.isHangul(text.charAt(m.end()))
                    || text.startsWith("이", m.end()) || text.startsWith("입", m.end());
            if (hasSal || (!m.group(1).equals("열") && (hasUnit || standalone))) {
                int value = NATIVE_TENS.get(m.group(1)) + (hasUnit ? NATIVE_UNITS.get(m.group(2)) : 0);
                add(found, value, m.start(), m.end());
            }
        }
        m = SINO_KO.matcher(text);
        while (m.find()) {
            int tens = m.group(1).isEmpty() ? 1 : SINO.indexOf(m.group(1)) + 1;
            int units = m.group(2).isEmpty() ? 0 : SINO.indexOf(m.group(2)) + 1;
            add(found, tens * 10 + units, m.start(), m.end());
        }
        m = ENGLISH.matcher(text);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            add(found, Integer.parseInt(digits), m.start(), m.end());
        }
        return found;
    }

    private static void add(List<Entity> found, int age, int start, int end) {
        if (age >= 14 && age <= 99) {
            found.add(new Entity("age", Integer.toString(age), start, end));
        }
    }
}
