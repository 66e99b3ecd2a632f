package org.doyak.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doyak.nlu.EvalReport;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataException;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.ThresholdTuner;
import org.doyak.nlu.opennlp.IntentTraining;
import org.doyak.nlu.opennlp.ModelStore;
import org.doyak.nlu.opennlp.OpenNlpIntentClassifier;

/**
 * {@code nlu train [--dialogs DIR] [--models DIR]} and
 * {@code nlu eval --train TRAIN.yml --test TEST.yml [--oos-label oos] [--val VAL.yml]}. Both fit the model by
 * {@link IntentTraining}: {@code train} choosing by cross-validation, {@code eval} on VAL.yml when given.
 */
public final class NluCommand {

    private NluCommand() {
    }

    /**
     * Runs one {@code nlu} sub-command.
     *
     * @param args the words after {@code nlu}, e.g. {@code [eval, --train, a.yml, --test, b.yml]}
     * @return the exit code: 0 done, 1 bad data or failure, 2 bad usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
                return usage(err, "unexpected argument '" + args.get(i) + "'");
            }
            options.put(args.get(i).substring(2), args.get(i + 1));
        }
        try {
            if (!args.isEmpty() && args.get(0).equals("train")) {
                return train(options, out);
            }
            if (!args.isEmpty() && args.get(0).equals("eval") && options.containsKey("train")
                    && options.containsKey("test")) {
                return eval(options, out);
            }
            return usage(err, args.isEmpty() ? "missing sub-command" : "bad arguments");
        } catch (IntentDataException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (RuntimeException e) {
            err.println("nlu " + args.get(0) + " failed: " + e);
            return 1;
        }
    }

    private static int usage(PrintStream err, String why) {
        err.println("nlu: " + why);
        err.println("usage: nlu train [--dialogs DIR] [--models DIR]");
        err.println("       nlu eval --train TRAIN.yml --test TEST.yml [--oos-label oos] [--val VAL.yml]");
        return 2;
    }

    private static int train(Map<String, String> options, PrintStream out) {
        Path dialogs = Path.of(options.getOrDefault("dialogs", "dialogs"));
        Path models = Path.of(options.getOrDefault("models", "nlp-models"));
        long start = System.nanoTime();
        ModelStore.Trained trained = ModelStore.trainAndSave(IntentDataLoader.load(dialogs), models);
        out.printf(Locale.ROOT, "trained %s in %.1f s, threshold %.2f, data sha256 %s%n",
                ModelStore.modelFile(models), (System.nanoTime() - start) / 1e9, trained.classifier().threshold(),
                trained.dataHash());
        return 0;
    }

    private static int eval(Map<String, String> options, PrintStream out) {
        String oos = options.getOrDefault("oos-label", IntentData.OUT_OF_SCOPE);
        IntentData train = relabel(IntentDataLoader.loadFile(Path.of(options.get("train"))), oos);
        IntentData test = relabel(IntentDataLoader.loadFile(Path.of(options.get("test"))), oos);
        IntentData val = options.containsKey("val")
                ? relabel(IntentDataLoader.loadFile(Path.of(options.get("val"))), oos) : null;
        long start = System.nanoTime();
        IntentTraining.Fitted chosen = val != null ? IntentTraining.onValidation(train, val) : null;
        IntentTraining.Fitted fitted = val != null ? IntentTraining.refit(train.plus(val), chosen)
                : IntentTraining.crossValidated(train);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        OpenNlpIntentClassifier model = fitted.classifier();
        double threshold = model.threshold();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> unthresholded = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (Intent intent : test.intents()) {
            for (String example : intent.examples()) {
                long t = System.nanoTime();
                List<IntentScore> ranking = model.rank(example);
                nanos.add(System.nanoTime() - t);
                gold.add(intent.name());
                predicted.add(ThresholdTuner.predict(ranking, threshold));
                unthresholded.add(ThresholdTuner.predict(ranking, 0));
            }
        }
        nanos.sort(null);
        double micros = nanos.isEmpty() ? 0 : nanos.get(nanos.size() / 2) / 1e3;
        EvalReport report = new EvalReport(gold, predicted);
        out.print(report.table(15));
        EvalReport classOnly = new EvalReport(gold, unthresholded);
        out.printf(Locale.ROOT, "out-of-scope class alone (no threshold): in-scope accuracy %.4f, oos recall %.4f%n",
                classOnly.inScopeAccuracy(), classOnly.oosRecall());
        out.printf(Locale.ROOT, "prior sigma %.2f, threshold %.3f, chosen on %s%n", fitted.sigma(), threshold,
                val != null ? options.get("val") + " by models trained on train alone; the model above is then"
                        + " trained on train and val, as the service trains on all its data"
                        : "cross-validation of train");
        if (val != null) {
            EvalReport onVal = score(chosen.classifier(), val, threshold);
            EvalReport trainOnly = score(chosen.classifier(), test, threshold);
            out.printf(Locale.ROOT, "trained on train alone: validation %.4f in-scope accuracy, %.4f oos recall;"
                    + " test %.4f, %.4f%n", onVal.inScopeAccuracy(), onVal.oosRecall(), trainOnly.inScopeAccuracy(),
                    trainOnly.oosRecall());
        }
        out.printf(Locale.ROOT, "{\"in_scope_accuracy\":%.4f,\"oos_recall\":%.4f,\"accuracy\":%.4f,"
                + "\"macro_f1\":%.4f,\"train_seconds\":%.2f,\"classify_micros_median\":%.1f,\"n_test\":%d,"
                + "\"threshold\":%.3f,\"sigma\":%.2f,\"model_bytes\":%d}%n",
                report.inScopeAccuracy(), report.oosRecall(), report.accuracy(), report.macroF1(), trainSeconds, micros,
                gold.size(), threshold, fitted.sigma(), modelBytes(model));
        return 0;
    }

    private static EvalReport score(OpenNlpIntentClassifier model, IntentData data, double threshold) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Intent intent : data.intents()) {
            for (String example : intent.examples()) {
                gold.add(intent.name());
                predicted.add(ThresholdTuner.predict(model.rank(example), threshold));
            }
        }
        return new EvalReport(gold, predicted);
    }

    private static long modelBytes(OpenNlpIntentClassifier model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.size();
    }

    /** Renames the benchmark's out-of-scope label to the classifier's {@link IntentData#OUT_OF_SCOPE}. */
    private static IntentData relabel(IntentData data, String oosLabel) {
        List<Intent> intents = data.intents().stream()
                .map(i -> i.name().equals(oosLabel) ? new Intent(IntentData.OUT_OF_SCOPE, i.examples()) : i)
                .toList();
        return new IntentData(intents, data.synonyms());
    }
}
