package org.doyak.nlu.opennlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.doyak.nlu.IntentData;

/**
 * Model files in a models directory: {@code intent-model.bin} (the OpenNLP model) and
 * {@code intent-model.json} ({@code data_sha256}, {@code threshold}, {@code trained_at}). Both are
 * written to temporary files and moved into place, so a reader never sees half a model.
 */
public final class ModelStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A classifier with the hash of the data it was trained on.
     *
     * @param classifier the model
     * @param dataHash {@link #hash} of its training data
     */
    public record Trained(OpenNlpIntentClassifier classifier, String dataHash) {
    }

    private ModelStore() {
    }

    /** The model file in a models directory. */
    public static Path modelFile(Path models) {
        return models.resolve("intent-model.bin");
    }

    /** The metadata file in a models directory. */
    public static Path metaFile(Path models) {
        return models.resolve("intent-model.json");
    }

    /** The hash that marks a model trained from {@code data} with the current feature set. */
    public static String hash(IntentData data) {
        return data.sha256(IntentFeatureGenerator.VERSION + "/" + IntentTraining.RECIPE);
    }

    /**
     * Tunes a threshold by cross-validation, trains on all the data and writes both files.
     *
     * @throws UncheckedIOException when the files cannot be written
     */
    public static Trained trainAndSave(IntentData data, Path models) {
        Trained trained = train(data);
        save(trained, models);
        return trained;
    }

    /** Fits the service's model by {@link IntentTraining#crossValidated}; writes nothing. */
    public static Trained train(IntentData data) {
        return new Trained(IntentTraining.crossValidated(data).classifier(), hash(data));
    }

    /** Writes the model and its metadata atomically (temporary files, then moves). */
    public static void save(Trained trained, Path models) {
        try {
            Files.createDirectories(models);
            Path bin = Files.createTempFile(models, "intent-model", ".tmp");
            try (OutputStream out = Files.newOutputStream(bin)) {
                trained.classifier().save(out);
            }
            ObjectNode meta = JSON.createObjectNode()
                    .put("data_sha256", trained.dataHash())
                    .put("threshold", trained.classifier().threshold())
                    .put("trained_at", Instant.now().toString());
            Path json = Files.createTempFile(models, "intent-model", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), meta);
            Files.move(bin, modelFile(models), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(json, metaFile(models), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            readableByAll(modelFile(models));
            readableByAll(metaFile(models));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + models, e);
        }
    }

    /** Temporary files are created owner-only; a model is not a secret and other accounts may serve it. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its default permissions
        }
    }

    /**
     * Reads the stored model, whatever data it was trained on.
     *
     * @param data the current data, for its synonym table
     * @return the model with the hash it was trained from; empty when either file is missing or unreadable
     */
    public static Optional<Trained> load(Path models, IntentData data) {
        if (!Files.isRegularFile(modelFile(models)) || !Files.isRegularFile(metaFile(models))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(modelFile(models))) {
            JsonNode meta = JSON.readTree(metaFile(models).toFile());
            double threshold = meta.path("threshold").asDouble(0);
            return Optional.of(new Trained(OpenNlpIntentClassifier.load(in, data, threshold),
                    meta.path("data_sha256").asText("")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
