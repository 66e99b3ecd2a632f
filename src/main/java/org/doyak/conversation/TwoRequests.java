package org.doyak.conversation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a message joins two requests ("자소서랑 면접 팁 둘다", "resume and interview tips"): two flows'
 * keywords with a joining word close between them, or a word such as 둘 다 / both in a short message. Two
 * keywords alone are not enough ("면접 보러 센터 가요" is one request).
 */
final class TwoRequests {
    private static final Pattern BETWEEN = Pattern.compile("(?iu)^\\s*(이랑|랑|하고|와|과|및|그리고|,|&|\\+|and)(?![가-힣])"
            + "|(?iu)\\s(이랑|랑|하고|와|과|및|그리고|and|&|\\+)\\s|,");
    private static final Pattern BOTH = Pattern.compile("(?iu)둘\\s*다|두\\s*가지|두\\s*개|\\bboth\\b");

    /** The joining word sits within this many characters between the two requests. */
    private static final int NEAR = 15;
    /** "둘 다" / "both" joins two requests only in a message this short. */
    private static final int SHORT = 60;

    private TwoRequests() {
    }

    /** The first two requests the text joins, in order; empty when it asks for one thing. */
    static List<Keywords.Hit> joined(String text, List<Keywords.Hit> hits) {
        if (hits.size() < 2) {
            return List.of();
        }
        String lower = Keywords.lower(text);
        Keywords.Hit first = hits.get(0);
        Keywords.Hit second = hits.get(1);
        String between = lower.substring(first.end(), second.start());
        boolean joined = between.length() <= NEAR && BETWEEN.matcher(between).find()
                || lower.length() <= SHORT && BOTH.matcher(lower).find();
        return joined ? List.of(first, second) : List.of();
    }
}
