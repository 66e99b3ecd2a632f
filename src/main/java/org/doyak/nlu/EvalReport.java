package org.doyak.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores predictions against true intents: accuracy in and out of scope, macro F1, per-intent
 * precision and recall, and the most confused pairs.
 *
 * @param gold true intent of each test message ({@link IntentData#OUT_OF_SCOPE} when out of scope)
 * @param predicted what was predicted for it, same order
 */
public record EvalReport(List<String> gold, List<String> predicted) {

    /** Creates an immutable report; both lists must have the same size. */
    public EvalReport {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size");
        }
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }

    /** Share of in-scope messages given their true intent. */
    public double inScopeAccuracy() {
        return share(false);
    }

    /** Share of out-of-scope messages predicted out of scope. */
    public double oosRecall() {
        return share(true);
    }

    /** Share of all messages predicted right. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** Mean F1 over every intent that occurs in the gold labels. */
    public double macroF1() {
        return new TreeSet<>(gold).stream().mapToDouble(label -> {
            double p = precision(label);
            double r = recall(label);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }).average().orElse(0);
    }

    /** Precision of one intent: right predictions of it over all predictions of it. */
    public double precision(String label) {
        return ratio(label, predicted);
    }

    /** Recall of one intent: right predictions over its gold messages. */
    public double recall(String label) {
        return ratio(label, gold);
    }

    /** A readable table: per-intent precision, recall and support, then up to {@code pairs} confusions. */
    public String table(int pairs) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-32s %9s %9s %8s%n",
                "intent", "precision", "recall", "support"));
        for (String label : new TreeSet<>(gold)) {
            long support = gold.stream().filter(label::equals).count();
            b.append(String.format(Locale.ROOT, "%-32s %9.3f %9.3f %8d%n", label, precision(label), recall(label),
                    support));
        }
        Map<String, Integer> confusions = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).equals(predicted.get(i))) {
                confusions.merge(gold.get(i) + " -> " + predicted.get(i), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(confusions.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        b.append("most confused (true -> predicted):").append(System.lineSeparator());
        top.stream().limit(pairs).forEach(e -> b.append(String.format(Locale.ROOT, "  %4d  %s%n", e.getValue(),
                e.getKey())));
        return b.toString();
    }

    private double share(boolean outOfScope) {
        int n = 0;
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (IntentData.OUT_OF_SCOPE.equals(gold.get(i)) == outOfScope) {
                n++;
                right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) right / n;
    }

    private double ratio(String label, List<String> denominator) {
        int total = 0;
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (denominator.get(i).equals(label)) {
                total++;
                right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }
}
