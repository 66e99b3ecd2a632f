package org.doyak.nlu;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
            return new Understanding(language, current.rank(head), entities.extract(text, today),
                    current.threshold(), Understanding.looksPasted(text));
        } catch (RuntimeException e) {
            LOG.warn("could not understand a message of {} chars", text.length(), e);
            return new Understanding(language, List.of(), List.of(), current.threshold(),
                    Understanding.looksPasted(text));
        }
    }
}
