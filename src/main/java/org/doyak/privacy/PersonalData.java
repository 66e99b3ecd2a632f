package org.doyak.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers in free text and masks them, so what is stored, shown to staff, exported or
 * logged never holds them: resident and foreigner registration numbers, card numbers (Luhn-checked),
 * phone numbers, e-mail addresses and account numbers (10 or more digits in groups). Each is replaced by a
 * Korean label such as {@code [전화번호]}. Also removes the invisible bidirectional controls (U+202A-E,
 * U+2066-9, U+200E/F, U+061C) that would make text display reversed to a reader. Stateless, thread-safe.
 */
public final class PersonalData {
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final String SEP = "[\\s.\\-–]?";

    private record Kind(String label, Pattern pattern, Predicate<String> check) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("[이메일]", Pattern.compile(
                    "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"), s -> true),
            new Kind("[주민등록번호]", registration("[1-4]"), s -> true),
            new Kind("[외국인등록번호]", registration("[5-8]"), s -> true),
            new Kind("[카드번호]", Pattern.compile("(?<!\\d)\\d(?:[ \\-]?\\d){12,18}(?!\\d)"), PersonalData::luhn),
            new Kind("[전화번호]", Pattern.compile("(?<![\\d+])(?:\\+?82[\\s\\-]?0?|0)(?:1[016789]|2|[3-6][1-5]|70|50\\d)"
                    + "[\\s.\\-)]?\\d{3,4}" + SEP + "\\d{4}(?!\\d)"), s -> true),
            new Kind("[계좌번호]", Pattern.compile(
                    "(?<!\\d)\\d{2,6}(?:[\\s\\-]\\d{2,7}){1,3}(?!\\d)|(?<!\\d)\\d{10,16}(?!\\d)"),
                    s -> digits(s).length() >= 10 && digits(s).length() <= 16));

    private PersonalData() {
    }

    /** The text with every identifier replaced by its label and bidirectional controls removed; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = BIDI.matcher(text).replaceAll("");
        for (Kind kind : KINDS) {
            out = replace(out, kind);
        }
        return out;
    }

    /** Whether the text holds an identifier {@link #mask} would hide. */
    public static boolean contains(String text) {
        return text != null && !mask(text).equals(BIDI.matcher(text).replaceAll(""));
    }

    private static String replace(String text, Kind kind) {
        Matcher m = kind.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(kind.check().test(m.group()) ? kind.label() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** YYMMDD, an optional dash, then a sex/century digit from {@code seventh} and six more digits. */
    private static Pattern registration(String seventh) {
        return Pattern.compile("(?<!\\d)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\s*[\\-–]?\\s*" + seventh
                + "(?:\\d{6}|\\*{6})(?!\\d)");
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static boolean luhn(String candidate) {
        String d = digits(candidate);
        if (d.length() < 13 || d.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < d.length(); i++) {
            int n = d.charAt(d.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                n = n * 2 > 9 ? n * 2 - 9 : n * 2;
            }
            sum += n;
        }
        return sum % 10 == 0;
    }
}
