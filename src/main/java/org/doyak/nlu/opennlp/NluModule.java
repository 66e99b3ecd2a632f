package org.doyak.nlu.opennlp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.doyak.nlu.EntityExtractor;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.Name;
import org.doyak.nlu.NluUnderstander;
import org.doyak.nlu.Synonym;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;

/**
 * The language layer as the composition root wires it: one thread-safe {@link Understander} backed
 * by a {@link ModelManager}. Close it on shutdown to stop the background trainer. The entity
 * extractor reads the names and the synonym table once, at start; {@link #retrainIfChanged()} refreshes the
 * intent model only.
 */
public final class NluModule implements Understander, AutoCloseable {

    private final ModelManager models;
    private final NluUnderstander understander;
    /** How many modules share {@link #models}; the last one closed closes it. */
    private final AtomicInteger sharing;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Synonym> synonyms;

    private NluModule(ModelManager models, List<Synonym> synonyms, List<Name> names, Clock clock,
            AtomicInteger sharing) {
        this.models = models;
        this.synonyms = List.copyOf(synonyms);
        this.understander = new NluUnderstander(models, new EntityExtractor(names, synonyms), clock);
        this.sharing = sharing;
    }

    /**
     * Loads the intent data and the model (training it first when there is none: a few seconds).
     *
     * @param dialogsDir the dialogs directory, e.g. {@code dialogs}
     * @param modelDir the models directory, e.g. {@code nlp-models}
     * @param names the content's names to report as entities (regions, centers, programs, events, majors)
     * @param clock gives today's date for relative dates
     * @throws org.doyak.nlu.IntentDataException when the intent files have problems
     */
    public static NluModule start(Path dialogsDir, Path modelDir, List<Name> names, Clock clock) {
        List<Synonym> synonyms = IntentDataLoader.load(dialogsDir).synonyms();
        return new NluModule(ModelManager.start(dialogsDir, modelDir), synonyms, names, clock, new AtomicInteger(1));
    }

    /**
     * A module for new content on the same intent files: shares this module's intent model and synonym
     * table (nothing is read or trained) and finds the given names. Each module must be closed; the model
     * is released with the last of them.
     *
     * @param names the new content's names
     * @param clock gives today's date for relative dates
     * @throws IllegalStateException when this module is already closed
     */
    public NluModule sharingModel(List<Name> names, Clock clock) {
        if (sharing.getAndUpdate(n -> n == 0 ? 0 : n + 1) == 0) {
            throw new IllegalStateException("the intent model was released");
        }
        return new NluModule(models, synonyms, names, clock, sharing);
    }

    @Override
    public Understanding understand(String text, String languageHint) {
        return understander.understand(text, languageHint);
    }

    /**
     * Retrains in the background when the intent files changed (call after a dialogs reload).
     *
     * @return completes with true when a new model was swapped in
     */
    public CompletableFuture<Boolean> retrainIfChanged() {
        return models.retrainIfChanged();
    }

    /** Releases this module; the intent model (and its background trainer) stops with the last sharer. */
    @Override
    public void close() {
        if (!closed.getAndSet(true) && sharing.decrementAndGet() == 0) {
            models.close();
        }
    }
}
