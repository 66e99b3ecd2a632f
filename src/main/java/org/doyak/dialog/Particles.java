package org.doyak.dialog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) chosen by the final consonant (받침) of the word before, as a person writes
 * them: 센터는 / 상담은, 서울로 / 부천으로 / 인천으로, '국취'라는 / '도약'이라는. Digits read as Korean
 * numbers (1 일, 3 삼, 2 이, 10 십, 100 백), Latin letters as their Korean names in acronyms (URL 엘,
 * KT 티) and by their ending sound in words (job 잡, center 센터); anything else counts as a vowel
 * ending. Stateless and thread-safe.
 */
public final class Particles {
    /** The consonant-ending form → the vowel-ending form, for every particle the helper knows. */
    private static final Map<String, String> PAIRS = Map.ofEntries(Map.entry("은", "는"), Map.entry("이", "가"),
            Map.entry("을", "를"), Map.entry("과", "와"), Map.entry("으로", "로"), Map.entry("으로서", "로서"),
            Map.entry("으로써", "로써"), Map.entry("이라는", "라는"), Map.entry("이에요", "예요"),
            Map.entry("이었어요", "였어요"), Map.entry("아", "야"), Map.entry("이나", "나"), Map.entry("이랑", "랑"),
            Map.entry("이라고", "라고"), Map.entry("이란", "란"), Map.entry("이라면", "라면"), Map.entry("이야", "야"),
            Map.entry("이며", "며"), Map.entry("이든", "든"));
    /** A hedge as people write it: 은(는), 는(은), (이)라는, (으)로 … */
    public static final Pattern HEDGE = Pattern.compile(
            "(은|는|이|가|을|를|과|와|아|야)\\((은|는|이|가|을|를|과|와|아|야)\\)|\\((이|으)\\)([가-힣]+)");
    /** Korean readings of the digits 0–9, for the last non-zero digit of a number. */
    private static final String DIGITS = "영일이삼사오육칠팔구";
    /** Korean names of A–Z (에이, 비, 씨, … 엘, 엠, 엔 …), by their last syllable. */
    private static final String LETTERS = "이비씨디이프지치이이이엘엠엔오피큐알스티유이유스이지";

    private Particles() {
    }

    /** How a word ends, for choosing a particle. */
    public enum Ending {
        /** A vowel (or anything that is not read with a final consonant). */
        VOWEL,
        /** The final consonant ㄹ: takes 로 like a vowel, 은/이/을 like a consonant. */
        RIEUL,
        /** Any other final consonant. */
        CONSONANT
    }

    /** The word followed by the right form of {@code particle}, given in either form or as a hedge. */
    public static String attach(String word, String particle) {
        return word + choose(word, particle);
    }

    /**
     * The form of {@code particle} that follows {@code word}: either form ({@code 은} or {@code 는}), or a
     * hedge ({@code 은(는)}, {@code (이)라는}); a particle the helper does not know is returned unchanged.
     */
    public static String choose(String word, String particle) {
        Optional<String[]> pair = pair(particle);
        if (pair.isEmpty()) {
            return particle;
        }
        Ending ending = ending(word);
        String consonantForm = pair.get()[0];
        if (ending == Ending.VOWEL || ending == Ending.RIEUL && consonantForm.startsWith("으")) {
            return pair.get()[1];
        }
        return consonantForm;
    }

    /**
     * Replaces every hedge in {@code text} ({@code 전화번호은(는)}, {@code '국취'(이)라는}) by the form the
     * character before it calls for.
     */
    public static String resolve(String text) {
        Matcher m = HEDGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append(choose(out.toString(), m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How {@code word} ends when read aloud in Korean; trailing punctuation and quotes are skipped. */
    public static Ending ending(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return Ending.VOWEL;
        }
        char last = word.charAt(end - 1);
        if (last >= '가' && last <= '힣') {
            return ofSyllable(last);
        }
        if (last >= '0' && last <= '9') {
            return ofNumber(word.substring(0, end));
        }
        if (last >= 'A' && last <= 'z' && Character.isLetter(last)) {
            return ofLatin(word.substring(0, end));
        }
        return Ending.VOWEL;
    }

    private static Ending ofSyllable(char syllable) {
        int jong = (syllable - '가') % 28;
        return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
    }

    /** 10 십, 100 백, 1000 천, 10000 만; otherwise the last digit (0 alone: 영). */
    private static Ending ofNumber(String text) {
        int end = text.length();
        int zeros = 0;
        while (end > 0 && text.charAt(end - 1) == '0') {
            zeros++;
            end--;
        }
        boolean wholeNumber = end > 0 && Character.isDigit(text.charAt(end - 1));
        if (zeros == 0 || !wholeNumber) {
            return ofSyllable(DIGITS.charAt(zeros == 0 ? text.charAt(text.length() - 1) - '0' : 0));
        }
        return ofSyllable(zeros % 4 != 0 ? "십백천".charAt(zeros % 4 - 1) : "만억조".charAt((zeros / 4 - 1) % 3));
    }

    /** Acronyms by the Korean name of their last letter; words by their ending sound. */
    private static Ending ofLatin(String text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 128) {
            start--;
        }
        String word = text.substring(start);
        char last = word.charAt(word.length() - 1);
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 4) {
            return ofSyllable(LETTERS.charAt(Character.toUpperCase(last) - 'A'));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("l") || lower.endsWith("le")) {
            return Ending.RIEUL;
        }
        boolean consonant = lower.matches(".*(m|n|ng|ck|pp|tt|[aeiou][kpbtg]|ic)$");
        return consonant ? Ending.CONSONANT : Ending.VOWEL;
    }

    /** [consonant form, vowel form] of a particle written in either form or as a hedge. */
    private static Optional<String[]> pair(String particle) {
        String p = particle.replace("(", "").replace(")", "");
        if (particle.startsWith("(")) {
            p = particle.substring(particle.indexOf(')') + 1);
            String withStem = particle.substring(1, particle.indexOf(')')) + p;
            if (PAIRS.containsKey(withStem)) {
                return Optional.of(new String[] {withStem, PAIRS.get(withStem)});
            }
            return Optional.of(new String[] {withStem, p});
        }
        if (particle.contains("(")) {
            p = particle.substring(0, particle.indexOf('('));
        }
        if (PAIRS.containsKey(p)) {
            return Optional.of(new String[] {p, PAIRS.get(p)});
        }
        for (Map.Entry<String, String> e : PAIRS.entrySet()) {
            if (e.getValue().equals(p) && !"야".equals(p)) {
                return Optional.of(new String[] {e.getKey(), p});
            }
        }
        return "야".equals(p) ? Optional.of(new String[] {"아", "야"}) : Optional.empty();
    }
}
