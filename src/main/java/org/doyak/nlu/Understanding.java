package org.doyak.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the language layer learned from one message. The engine, not the classifier, decides
 * whether the best intent is confident enough, using {@link #threshold()}.
 *
 * <p>Intents beyond the contract's list, for the engine to act on:
 * <ul>
 * <li>{@code crisis}: veiled or explicit signs of suicide, self-harm or giving up on life ("살 이유가 없는
 *     것 같아요", "다 내려놓고 싶어요", "i don't see the point of living"). Treat it as a crisis even below
 *     the threshold when it ranks first; the crisis phrase list still applies on its own.</li>
 * <li>{@code feeling_down}: burnout, rejection, anxiety, loneliness without crisis signs ("서류 또
 *     떨어졌어요", "면접 망했어", "I keep getting rejected").</li>
 * <li>{@code follow_up}: a short question that needs the conversation's last center, program or event
 *     ("거기 주소는?", "토요일도 해?", "누가 받을 수 있어?", "what about Incheon?"); read the {@code facet},
 *     {@code anaphora} and name entities to answer it.</li>
 * </ul>
 * A question that names its center, program or event ("전북 일자리센터 몇 시까지 해?", "도약보장패키지가 뭐야")
 * ranks {@code find_center}, {@code program_search} or {@code events} with the {@code center} /
 * {@code program} / {@code event} and {@code facet} entities; things the bot does not cover (청년도약계좌,
 * loans, housing, stocks) rank {@code out_of_scope}.
 *
 * <p>{@link #pasted()} flags a long text (a pasted 자기소개서, a rehearsed self-introduction): its best
 * intent comes from the whole text, but a single word in it (행사, 감사합니다) must not decide the flow on
 * its own. The classifier is trained on such texts for {@code resume_help} and {@code interview_prep},
 * and on a pasted text {@code greet} and {@code goodbye} are ranked last; an engine should not let a
 * keyword trigger decide on a pasted text either.
 *
 * @param language detected language of the message, {@code ko} or {@code en}
 * @param ranking intents best first; empty when nothing is known
 * @param entities values found in the text, in order of appearance (types and values: {@link Entity})
 * @param threshold confidence under which the best intent should be treated as unclear
 * @param pasted whether the text reads as a pasted document: at least {@value #PASTED_CHARS} letters and
 *        digits (a Hangul syllable counts as two), or at least {@value #PASTED_LINES} lines with
 *        {@value #PASTED_LINE_CHARS} or more
 */
public record Understanding(String language, List<IntentScore> ranking, List<Entity> entities,
        double threshold, boolean pasted) {

    /** Letters and digits (a Hangul syllable counts as two) from which a text counts as pasted. */
    public static final int PASTED_CHARS = 160;
    /** Lines from which a shorter text counts as pasted. */
    public static final int PASTED_LINES = 3;
    /** Letters and digits a text of {@value #PASTED_LINES} lines needs to count as pasted. */
    public static final int PASTED_LINE_CHARS = 80;

    /** Creates an immutable understanding. */
    public Understanding {
        ranking = List.copyOf(ranking);
        entities = List.copyOf(entities);
    }

    /** An understanding of a message typed as a chat line (not pasted). */
    public Understanding(String language, List<IntentScore> ranking, List<Entity> entities, double threshold) {
        this(language, ranking, entities, threshold, false);
    }

    /** Whether {@code text} reads as a pasted document, by the rule of {@link #pasted()}. */
    public static boolean looksPasted(String text) {
        long letters = text.codePoints().filter(Character::isLetterOrDigit)
                .map(cp -> cp >= 0xAC00 && cp <= 0xD7A3 ? 2 : 1).sum();
        long lines = text.strip().lines().filter(l -> !l.isBlank()).count();
        return letters >= PASTED_CHARS || (lines >= PASTED_LINES && letters >= PASTED_LINE_CHARS);
    }

    /** The best-ranked intent, if any. */
    public Optional<IntentScore> best() {
        return ranking.isEmpty() ? Optional.empty() : Optional.of(ranking.get(0));
    }

    /** The entities of one type, in order of appearance. */
    public List<Entity> all(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The value of the first entity of {@code type}, if any. */
    public Optional<String> first(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(Entity::value).findFirst();
    }
}
