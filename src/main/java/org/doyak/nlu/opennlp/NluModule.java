package org.doyak.nlu.opennlp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.doyak.nlu.EntityExtractor;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.Name;
import org.doyak.nlu.NluUnderstander;
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

    private NluModule(ModelManager models, NluUnderstander understander) {
        this.models = models;
        this.understander = understander;
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
        EntityExtractor entities = new EntityExtractor(names, IntentDataLoader.load(dialogsDir).synonyms());
        ModelManager models = ModelManager.start(dialogsDir, modelDir);
        return new NluModule(models, new NluUnderstander(models, entities, clock));
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

    @Override
    public void close() {
        models.close();
    }
}
