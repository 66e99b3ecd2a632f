package org.doyak.nlu;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Understander} the engine uses: detects the language, ranks intents with the current
 * classifier, extracts entities (dates resolved against the day in Seoul) and flags pasted texts. Asks
 * {@code classifier} on every call, so a retrained model
 * swapped in by its supplier serves from the next message on. Thread-safe when the supplier is.
 */
public final class NluUnderstander implements Understander {

    /** Longest text classified; the rest of a longer message is ignored for intents (not entities). */
    static final int MAX_CLASSIFIED_CHARS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(NluUnderstander.class);

    private static final Set<String> SMALL_TALK = Set.of("greet", "goodbye");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Supplier<IntentClassifier> classifier;
    private final EntityExtractor entities;
    private final Clock clock;

    /**
     * @param classifier gives the classifier to use for each message, never null
     * @param entities the entity extractor
     * @param clock gives today's date for relative dates ("내일")
     */
    public NluUnderstander(Supplier<IntentClassifier> classifier, EntityExtractor entities, Clock clock) {
        this.classifier = classifier;
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    public Understanding understand(String text, String languageHint) {
        String language = LanguageDetector.detect(text, languageHint);
        IntentClassifier current = classifier.get();
        try {
            String head = text.length() > MAX_CLASSIFIED_CHARS ? text.substring(0, MAX_CLASSIFIED_CHARS) : text;
            LocalDate today = LocalDate.now(clock.withZone(SEOUL));
            boolean pasted = Understanding.looksPasted(text);
            List<IntentScore> ranking = current.rank(head);
            return new Understanding(language, pasted ? smallTalkLast(ranking) : ranking, entities.extract(text, today),
                    current.threshold(), pasted);
        } catch (RuntimeException e) {
            LOG.warn("could not understand a message of {} chars", text.length(), e);
            return new Understanding(language, List.of(), List.of(), current.threshold(),
                    Understanding.looksPasted(text));
        }
    }

    /**
     * A pasted text is never just a greeting or a goodbye, whatever its last line says ("감사합니다" after a
     * self-introduction): those intents go to the end of the ranking, the others keep their order.
     */
    static List<IntentScore> smallTalkLast(List<IntentScore> ranking) {
        List<IntentScore> reordered = new ArrayList<>(ranking.size());
        ranking.stream().filter(s -> !SMALL_TALK.contains(s.name())).forEach(reordered::add);
        ranking.stream().filter(s -> SMALL_TALK.contains(s.name())).forEach(reordered::add);
        return reordered;
    }
}
