package org.doyak.nlu.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentClassifier;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Shorthands;
import org.doyak.nlu.TextNormalizer;

/**
 * An OpenNLP maxent model ({@link DocumentCategorizerME} format, fitted by {@link SoftmaxTrainer}: SGD with
 * a Gaussian prior) over {@link IntentFeatureGenerator} features of normalised, shorthand-expanded text,
 * evaluated through a {@link WeightTable} (the same probabilities as OpenNLP's evaluation, without
 * building feature strings). Immutable and thread-safe; classifying takes tens of microseconds.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    /** Low bits of a sort key that hold the outcome's index (see {@link #bestFirst}). */
    private static final long INDEX_BITS = 0xFFF;

    private final DoccatModel model;
    private final IntentFeatureGenerator features;
    private final WeightTable weights;
    private final String[] intents;
    private final Shorthands shorthands;
    private final double threshold;

    private OpenNlpIntentClassifier(DoccatModel model, Shorthands shorthands, double threshold) {
        FeatureGenerator[] generators = model.getFactory().getFeatureGenerators();
        if (generators.length != 1 || !(generators[0] instanceof IntentFeatureGenerator generator)) {
            throw new IllegalArgumentException("the model was not trained with IntentFeatureGenerator alone");
        }
        this.model = model;
        this.features = generator;
        this.weights = WeightTable.of(model.getMaxentModel());
        if (model.getMaxentModel().getNumOutcomes() > INDEX_BITS) {
            throw new IllegalArgumentException("more than " + INDEX_BITS + " intents");
        }
        this.intents = new String[model.getMaxentModel().getNumOutcomes()];
        Arrays.setAll(intents, model.getMaxentModel()::getOutcome);
        this.shorthands = shorthands;
        this.threshold = threshold;
    }

    /**
     * Trains a model on every example of every intent with the default prior
     * ({@value SoftmaxTrainer#DEFAULT_SIGMA}).
     *
     * @param data intents (at least two) and the shorthand table
     * @param threshold the confidence threshold to carry (see {@link IntentTraining})
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static OpenNlpIntentClassifier train(IntentData data, double threshold) {
        return train(data, threshold, SoftmaxTrainer.DEFAULT_SIGMA);
    }

    /**
     * Trains with another prior (see {@link SoftmaxTrainer}).
     *
     * @param sigma standard deviation of the Gaussian prior, larger is weaker
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static OpenNlpIntentClassifier train(IntentData data, double threshold, double sigma) {
        Shorthands shorthands = new Shorthands(data.synonyms());
        List<DocumentSample> samples = new ArrayList<>();
        for (Intent intent : data.intents()) {
            for (String example : intent.examples()) {
                String[] tokens = TextNormalizer.tokens(shorthands.prepare(example)).toArray(String[]::new);
                if (tokens.length > 0) {
                    samples.add(new DocumentSample(intent.name(), tokens));
                }
            }
        }
        if (data.intents().size() < 2 || samples.isEmpty()) {
            throw new IllegalArgumentException("training needs at least two intents with examples");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, SoftmaxTrainer.class.getName());
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(SoftmaxTrainer.SIGMA_PARAM, sigma);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()});
        try {
            DoccatModel model = DocumentCategorizerME.train("xx", new CollectionObjectStream<>(samples), params,
                    factory);
            return new OpenNlpIntentClassifier(model, shorthands, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException("training from memory cannot fail on I/O", e);
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @param in the model bytes; not closed
     * @param data the synonym table the model was trained with (its hash is checked by the caller)
     * @param threshold the threshold stored beside the model
     * @throws IOException when the bytes are not a doccat model
     */
    public static OpenNlpIntentClassifier load(InputStream in, IntentData data, double threshold) throws IOException {
        return new OpenNlpIntentClassifier(new DoccatModel(in), new Shorthands(data.synonyms()), threshold);
    }

    /** Writes the model (not the threshold) to {@code out}; does not close it. */
    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    @Override
    public List<IntentScore> rank(String text) {
        String[] tokens = TextNormalizer.tokens(shorthands.prepare(text)).toArray(String[]::new);
        if (tokens.length == 0) {
            return List.of();
        }
        double[] p = weights.probabilities(features, tokens);
        List<IntentScore> ranking = new ArrayList<>(p.length);
        for (int i : bestFirst(p)) {
            ranking.add(new IntentScore(intents[i], p[i]));
        }
        return ranking;
    }

    /**
     * Indices of {@code p} (probabilities, at most {@value #INDEX_BITS} of them) by value, highest first,
     * equal values in index order. A primitive sort of the values' bits with the index in their lowest
     * bits (a third of the time of sorting score objects with a comparator on 151 intents), then one
     * insertion pass that puts the near-ties the packing blurred in exact order.
     */
    static int[] bestFirst(double[] p) {
        int n = p.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (Double.doubleToLongBits(p[i]) & ~INDEX_BITS) | (INDEX_BITS - i);
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (INDEX_BITS - (keys[n - 1 - k] & INDEX_BITS));
        }
        for (int k = 1; k < n; k++) {
            int o = order[k];
            int j = k - 1;
            while (j >= 0 && (p[order[j]] < p[o] || (p[order[j]] == p[o] && order[j] > o))) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = o;
        }
        return order;
    }

    @Override
    public double threshold() {
        return threshold;
    }

    /** The same model with another threshold. */
    public OpenNlpIntentClassifier withThreshold(double newThreshold) {
        return new OpenNlpIntentClassifier(model, shorthands, newThreshold);
    }
}
