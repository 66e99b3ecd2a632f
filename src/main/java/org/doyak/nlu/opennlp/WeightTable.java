package org.doyak.nlu.opennlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent model laid out flat for classifying one message quickly: features are looked up
 * by a 64-bit hash of their characters (no feature strings are built), their weights sit in three
 * arrays (compressed rows), and the probabilities are those {@code MaxentModel.eval} gives for the same
 * features (each feature counted once). Built once per model; immutable and thread-safe.
 *
 * <p>Two different features with the same 64-bit hash would share a row; with the few hundred
 * thousand features of a model the chance of that is about 10⁻⁹.
 */
final class WeightTable {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] keys;
    private final int[] rows;
    private final int mask;
    private final int[] rowStart;
    private final int[] outcomes;
    private final double[] weights;
    private final int outcomeCount;

    private WeightTable(Map<String, Context> predicates, int outcomeCount) {
        this.outcomeCount = outcomeCount;
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        Arrays.fill(rows, -1);
        mask = capacity - 1;
        rowStart = new int[predicates.size() + 1];
        int total = predicates.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        outcomes = new int[total];
        weights = new double[total];
        int row = 0;
        int at = 0;
        for (Map.Entry<String, Context> p : predicates.entrySet()) {
            long key = hash(p.getKey(), 0, p.getKey().length(), FNV_OFFSET);
            int slot = slot(key);
            while (rows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = row;
            Context c = p.getValue();
            for (int i = 0; i < c.getOutcomes().length; i++) {
                outcomes[at] = c.getOutcomes()[i];
                weights[at++] = c.getParameters()[i];
            }
            rowStart[++row] = at;
        }
    }

    /**
     * @param model an OpenNLP maxent model (GIS format: feature → weights per outcome, no intercept)
     * @throws IllegalArgumentException for any other kind of model
     */
    @SuppressWarnings("unchecked")
    static WeightTable of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a maxent (GIS) model: " + model.getClass().getName());
        }
        Object[] parts = gis.getDataStructures();
        return new WeightTable((Map<String, Context>) parts[1], model.getNumOutcomes());
    }

    /** Outcome probabilities (indexed like the model's outcomes) of a message's features. */
    double[] probabilities(IntentFeatureGenerator features, String[] tokens) {
        Rows found = new Rows();
        features.features(tokens, found);
        return softmax(sum(found.rows, found.count));
    }

    /** Collects the rows of the features the model knows. */
    private final class Rows implements IntentFeatureGenerator.FeatureSink {
        private int[] rows = new int[128];
        private int count;

        @Override
        public void accept(String prefix, CharSequence text, int start, int end, String second) {
            long h = hash(text, start, end, hash(prefix, 0, prefix.length(), FNV_OFFSET));
            if (second != null) {
                h = hash(second, 0, second.length(), (h ^ '_') * FNV_PRIME);
            }
            int row = row(h);
            if (row >= 0) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, count * 2);
                }
                rows[count++] = row;
            }
        }
    }

    private double[] sum(int[] found, int count) {
        Arrays.sort(found, 0, count);
        double[] scores = new double[outcomeCount];
        for (int i = 0; i < count; i++) {
            int row = found[i];
            if (i > 0 && row == found[i - 1]) {
                continue; // a feature counts once
            }
            for (int at = rowStart[row]; at < rowStart[row + 1]; at++) {
                scores[outcomes[at]] += weights[at];
            }
        }
        return scores;
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    private int row(long key) {
        for (int slot = slot(key); rows[slot] >= 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return rows[slot];
            }
        }
        return -1;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    /** FNV-1a over the characters, continuing from {@code h}: hashing parts in turn equals hashing them joined. */
    private static long hash(CharSequence text, int start, int end, long h) {
        for (int i = start; i < end; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
