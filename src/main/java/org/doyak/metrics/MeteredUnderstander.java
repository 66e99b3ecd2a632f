package org.doyak.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;

/**
 * An {@link Understander} that records the confidence of each message's best intent
 * ({@code doyak_nlu_confidence}, a distribution from 0 to 1 with a histogram) and counts messages with no
 * intent at all ({@code doyak_nlu_unranked_total}). Thread-safe as the one it wraps.
 */
final class MeteredUnderstander implements Understander {
    private static final double[] BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0};

    private final Understander understander;
    private final DistributionSummary confidence;
    private final Counter unranked;

    MeteredUnderstander(Understander understander, MeterRegistry registry) {
        this.understander = understander;
        this.confidence = DistributionSummary.builder("doyak.nlu.confidence")
                .description("Confidence of the best intent of each understood message").serviceLevelObjectives(BUCKETS)
                .register(registry);
        this.unranked = Counter.builder("doyak.nlu.unranked").description("Messages with no intent ranked")
                .register(registry);
    }

    @Override
    public Understanding understand(String text, String languageHint) {
        Understanding meaning = understander.understand(text, languageHint);
        meaning.best().ifPresentOrElse(b -> confidence.record(b.confidence()), unranked::increment);
        return meaning;
    }
}
