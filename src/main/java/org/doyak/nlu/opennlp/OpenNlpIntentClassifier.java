package org.doyak.nlu.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * An OpenNLP maxent {@link DocumentCategorizerME} (GIS, cutoff 1, Gaussian prior) over
 * {@link IntentFeatureGenerator} features of normalised, shorthand-expanded text, evaluated through a
 * {@link WeightTable} (the same probabilities as OpenNLP's evaluation, without building feature
 * strings). Immutable and thread-safe; classifying takes tens of microseconds.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    /** GIS iterations; with the Gaussian prior the fit settles well within them (CLINC150, 150 intents). */
    static final int ITERATIONS = 200;

    /**
     * Standard deviation of the Gaussian prior on the weights (L2 regularisation). CLINC150 in-scope
     * accuracy with the out-of-scope class alone: unsmoothed 0.896, σ 1.0 → 0.899, 0.5 → 0.909,
     * 0.25 → 0.913, 0.15 → 0.914, 0.1 → 0.913 (see nlp-models/README.md). The default for
     * {@code nlu eval}; the service's own model picks its σ by cross-validation ({@link ModelStore#train}).
     */
    static final double SIGMA = 0.15;

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
        this.intents = new String[model.getMaxentModel().getNumOutcomes()];
        Arrays.setAll(intents, model.getMaxentModel()::getOutcome);
        this.shorthands = shorthands;
        this.threshold = threshold;
    }

    /**
     * Trains a model on every example of every intent.
     *
     * @param data intents (at least two) and the shorthand table
     * @param threshold the confidence threshold to carry (see {@link ThresholdTuning})
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static OpenNlpIntentClassifier train(IntentData data, double threshold) {
        return train(data, threshold, SIGMA);
    }

    /**
     * Trains with another prior: small data (a few dozen examples per intent) wants a weaker one.
     *
     * @param sigma standard deviation of the Gaussian prior, larger is weaker
     */
    public static OpenNlpIntentClassifier train(IntentData data, double threshold, double sigma) {
        return train(data, threshold, gis(sigma));
    }

    /**
     * Trains with the given OpenNLP training parameters, e.g. {@link #gis} or {@link #sgd}.
     *
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static OpenNlpIntentClassifier train(IntentData data, double threshold, TrainingParameters params) {
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
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()});
        try {
            DoccatModel model = DocumentCategorizerME.train("xx", new CollectionObjectStream<>(samples), params,
                    factory);
            return new OpenNlpIntentClassifier(model, shorthands, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException("training from memory cannot fail on I/O", e);
        }
    }

    /** OpenNLP's GIS, {@value #ITERATIONS} iterations, cutoff 1, Gaussian prior σ: the service's model. */
    static TrainingParameters gis(double sigma) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, Math.min(4, Runtime.getRuntime().availableProcessors()));
        params.put("GaussianSmoothing", true);
        params.put("GaussianSmoothingSigma", sigma);
        return params;
    }

    /**
     * {@link SoftmaxTrainer} with its defaults (16 epochs, σ 0.6, cutoff 1): the same kind of model, fitted
     * by SGD; on CLINC150 about 100 times faster than GIS and more accurate (nlp-models/README.md).
     */
    public static TrainingParameters sgd() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, SoftmaxTrainer.class.getName());
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        return params;
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
        for (int i = 0; i < p.length; i++) {
            ranking.add(new IntentScore(intents[i], p[i]));
        }
        ranking.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        return ranking;
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
