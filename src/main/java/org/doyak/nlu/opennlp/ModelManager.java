package org.doyak.nlu.opennlp;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.doyak.nlu.IntentClassifier;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataException;
import org.doyak.nlu.IntentDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the intent model current. At start it loads the stored model; when the stored model is
 * missing it trains synchronously, when it was trained from other data (another hash) it keeps
 * serving the stored one and retrains on a background thread, then saves the new model and swaps it
 * in atomically. {@link #get()} never blocks and always returns a complete model.
 */
public final class ModelManager implements Supplier<IntentClassifier>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelManager.class);

    private final Path dialogsDir;
    private final Path modelDir;
    private final AtomicReference<ModelStore.Trained> current = new AtomicReference<>();
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nlu-trainer");
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<Boolean> lastRetrain = CompletableFuture.completedFuture(false);

    private ModelManager(Path dialogsDir, Path modelDir) {
        this.dialogsDir = dialogsDir;
        this.modelDir = modelDir;
    }

    /**
     * Loads (or, without a stored model, trains) the model and starts a background retrain when the
     * stored model is stale.
     *
     * @param dialogsDir the dialogs directory (intent files in {@code intents/})
     * @param modelDir where {@code intent-model.bin} and {@code intent-model.json} live
     * @throws IntentDataException when the intent files have problems
     */
    public static ModelManager start(Path dialogsDir, Path modelDir) {
        ModelManager manager = new ModelManager(dialogsDir, modelDir);
        IntentData data = IntentDataLoader.load(dialogsDir);
        Optional<ModelStore.Trained> stored = ModelStore.load(modelDir, data);
        if (stored.isEmpty()) {
            LOG.info("no usable intent model in {}: training one now", modelDir);
            manager.current.set(ModelStore.trainAndSave(data, modelDir));
        } else {
            manager.current.set(stored.get());
            manager.retrainIfChanged();
        }
        return manager;
    }

    /** The model to use now; never null. */
    @Override
    public IntentClassifier get() {
        return current.get().classifier();
    }

    /**
     * Re-reads the intent files and, when their hash differs from the serving model's, retrains in the
     * background; the old model serves until the new one is swapped in. Data with problems is logged
     * and ignored. Returns at once.
     *
     * @return completes with true when a new model was swapped in, false when nothing changed or the
     *         data had problems
     */
    public synchronized CompletableFuture<Boolean> retrainIfChanged() {
        lastRetrain = lastRetrain.handle((ignored, error) -> null).thenApplyAsync(ignored -> retrain(), trainer);
        return lastRetrain;
    }

    private boolean retrain() {
        IntentData data;
        try {
            data = IntentDataLoader.load(dialogsDir);
        } catch (IntentDataException e) {
            LOG.warn("intent data has problems; keeping the current model:\n{}", e.getMessage());
            return false;
        }
        if (ModelStore.hash(data).equals(current.get().dataHash())) {
            return false;
        }
        long start = System.nanoTime();
        ModelStore.Trained fresh = ModelStore.train(data);
        ModelStore.save(fresh, modelDir);
        current.set(fresh);
        LOG.info("intent model retrained in {} ms and swapped in", (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Stops the background trainer; a retrain in progress is abandoned. */
    @Override
    public void close() {
        trainer.shutdownNow();
    }
}
