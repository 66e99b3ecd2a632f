package org.doyak.nlu.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP event trainer for the same maxent (multinomial logistic) model GIS fits, by stochastic
 * gradient descent with an L2 penalty (a Gaussian prior) and the average of the iterates over the
 * second half of the epochs. The result is a plain {@link GISModel}, so it is stored, loaded and
 * evaluated like any OpenNLP maxent model. On CLINC150 it trains in 20–230 s (depending on the
 * machine's load) where GIS with a prior took over 30 minutes, and fits better (see nlp-models/README.md).
 *
 * <p>Selected by class name: {@code params.put("Algorithm", SoftmaxTrainer.class.getName())}
 * ({@code TrainerFactory} instantiates it through the public no-argument constructor). Parameters:
 * {@code Iterations} (epochs, default {@value #DEFAULT_EPOCHS}), {@value #SIGMA_PARAM} (prior standard
 * deviation, default {@value #DEFAULT_SIGMA}; the penalty per example is 1 / (σ² · events)),
 * {@code Cutoff} as for every OpenNLP trainer. Weights under {@value #PRUNE} are not stored (they
 * change no prediction and keep the model small). Deterministic: the same events give the same model.
 */
public final class SoftmaxTrainer extends AbstractEventTrainer {

    /** Parameter name of the prior's standard deviation. */
    public static final String SIGMA_PARAM = "Sigma";

    static final int DEFAULT_EPOCHS = 16;
    static final double DEFAULT_SIGMA = 0.6;
    static final double PRUNE = 0.01;
    private static final double LEARNING_RATE = 0.5;

    /** Created by OpenNLP's {@code TrainerFactory}. */
    public SoftmaxTrainer() {
        super();
    }

    @Override
    public boolean isSortAndMerge() {
        return true;
    }

    @Override
    public MaxentModel doTrain(DataIndexer indexer) {
        int epochs = trainingParameters.getIntParameter(TrainingParameters.ITERATIONS_PARAM, DEFAULT_EPOCHS);
        double sigma = trainingParameters.getDoubleParameter(SIGMA_PARAM, DEFAULT_SIGMA);
        int[][] contexts = indexer.getContexts();
        int[] outcomes = indexer.getOutcomeList();
        int[] seen = indexer.getNumTimesEventsSeen();
        int outcomeCount = indexer.getOutcomeLabels().length;
        int[] order = expand(seen);
        double lambda = 1 / (sigma * sigma * order.length);
        float[] weights = new float[indexer.getPredLabels().length * outcomeCount];
        float[] average = new float[weights.length];
        double[] p = new double[outcomeCount];
        double scale = 1;
        long step = 0;
        Random random = new Random(1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int event : order) {
                double rate = LEARNING_RATE / (1 + LEARNING_RATE * lambda * step++);
                int[] context = contexts[event];
                probabilities(weights, scale, context, p);
                scale *= 1 - rate * lambda; // the L2 penalty shrinks every weight: kept as one factor
                for (int o = 0; o < outcomeCount; o++) {
                    double gradient = p[o] - (o == outcomes[event] ? 1 : 0);
                    float delta = (float) (rate * gradient / scale);
                    for (int predicate : context) {
                        weights[predicate * outcomeCount + o] -= delta;
                    }
                }
                if (scale < 1e-4) {
                    scale = rescale(weights, scale);
                }
            }
            if (epoch >= epochs / 2) {
                for (int i = 0; i < weights.length; i++) {
                    average[i] += (float) (weights[i] * scale);
                }
            }
        }
        int averaged = epochs - epochs / 2;
        return model(average, 1.0 / averaged, indexer.getPredLabels(), indexer.getOutcomeLabels());
    }

    /** Each event index as often as the event was seen. */
    private static int[] expand(int[] seen) {
        int total = 0;
        for (int n : seen) {
            total += n;
        }
        int[] order = new int[total];
        int at = 0;
        for (int event = 0; event < seen.length; event++) {
            for (int i = 0; i < seen[event]; i++) {
                order[at++] = event;
            }
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static double rescale(float[] weights, double scale) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= (float) scale;
        }
        return 1;
    }

    private static void probabilities(float[] weights, double scale, int[] context, double[] p) {
        int outcomeCount = p.length;
        Arrays.fill(p, 0);
        for (int predicate : context) {
            int row = predicate * outcomeCount;
            for (int o = 0; o < outcomeCount; o++) {
                p[o] += weights[row + o];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < outcomeCount; o++) {
            p[o] *= scale;
            max = Math.max(max, p[o]);
        }
        double sum = 0;
        for (int o = 0; o < outcomeCount; o++) {
            p[o] = Math.exp(p[o] - max);
            sum += p[o];
        }
        for (int o = 0; o < outcomeCount; o++) {
            p[o] /= sum;
        }
    }

    /**
     * The weights (times {@code factor}) as a GIS model, leaving out those under {@link #PRUNE} and
     * predicates left with none.
     */
    private static GISModel model(float[] weights, double factor, String[] predicates, String[] outcomeLabels) {
        int outcomeCount = outcomeLabels.length;
        List<Context> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] kept = new int[outcomeCount];
        double[] values = new double[outcomeCount];
        for (int predicate = 0; predicate < predicates.length; predicate++) {
            int n = 0;
            for (int o = 0; o < outcomeCount; o++) {
                double w = weights[predicate * outcomeCount + o] * factor;
                if (Math.abs(w) >= PRUNE) {
                    kept[n] = o;
                    values[n++] = w;
                }
            }
            if (n > 0) {
                params.add(new Context(Arrays.copyOf(kept, n), Arrays.copyOf(values, n)));
                names.add(predicates[predicate]);
            }
        }
        return new GISModel(params.toArray(Context[]::new), names.toArray(String[]::new), outcomeLabels);
    }
}
