package org.doyak.nlu.opennlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;
import org.doyak.nlu.TextNormalizer;

/**
 * Features for short chat messages in Korean and English, given tokens of normalised text:
 * words, English stems and stem bigrams, digit shapes ("5pm" → "0pm"), word bigrams, character
 * n-grams inside each word (3–5 for Latin words, 1–3 syllables for Hangul words, where particles
 * are glued), and Hangul syllable bigrams across spaces, so "이력서 어떻게" and "이력서어떻게" share
 * most features. Each feature appears once.
 *
 * <p>Stored by class name in the model file: OpenNLP re-creates it through the public no-argument
 * constructor when a model is loaded, so the name and the features must stay stable (change
 * {@link #VERSION} when they change; models trained with another version are retrained). Stateless
 * and thread-safe.
 */
public final class IntentFeatureGenerator implements FeatureGenerator {

    /** Version of the feature set, part of the training-data hash. */
    public static final String VERSION = "features-2";

    /** Creates the generator; OpenNLP calls this when it loads a model. */
    public IntentFeatureGenerator() {
        // stateless
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> f = new LinkedHashSet<>(tokens.length * 24);
        features(tokens, (prefix, text, start, end, second) -> {
            StringBuilder b = new StringBuilder(24).append(prefix).append(text, start, end);
            f.add((second == null ? b : b.append('_').append(second)).toString());
        });
        return new ArrayList<>(f);
    }

    /**
     * Hands every feature of {@code tokens} to {@code sink}, in the order of {@link #extractFeatures}
     * (which keeps the first of repeated ones); the sink sees repeats.
     */
    void features(String[] tokens, FeatureSink sink) {
        PorterStemmer stemmer = new PorterStemmer();
        StringBuilder hangul = new StringBuilder();
        String previous = "<s>";
        String previousStem = "<s>";
        for (String t : tokens) {
            sink.accept("w=", t, 0, t.length(), null);
            sink.accept("b=", previous, 0, previous.length(), t);
            previous = t;
            String shape = digitShape(t);
            if (shape != null) {
                sink.accept("d=", shape, 0, shape.length(), null);
            }
            if (hasHangul(t)) {
                hangul.append(t);
                charGrams(sink, "<" + t + ">", 1, 3);
                previousStem = t;
            } else {
                String stem = stemmer.stem(t);
                sink.accept("s=", stem, 0, stem.length(), null);
                sink.accept("sb=", previousStem, 0, previousStem.length(), stem);
                previousStem = stem;
                charGrams(sink, "<" + t + ">", 3, 5);
            }
        }
        sink.accept("b=", previous, 0, previous.length(), "</s>");
        for (int i = 0; i + 2 <= hangul.length(); i++) {
            sink.accept("k=", hangul, i, i + 2, null);
        }
    }

    /** Receives features without building their strings: {@code prefix + text[start, end) (+ "_" + second)}. */
    @FunctionalInterface
    interface FeatureSink {
        /**
         * @param second the second word of a pair, or null for a single part
         */
        void accept(String prefix, CharSequence text, int start, int end, String second);
    }

    /** The token with every digit 0–9 as 0 ("5pm" → "0pm"), or null when it has no digit at all. */
    private static String digitShape(String t) {
        boolean digit = false;
        char[] shape = t.toCharArray();
        for (int i = 0; i < shape.length; i++) {
            digit |= Character.isDigit(shape[i]);
            if (shape[i] >= '0' && shape[i] <= '9') {
                shape[i] = '0';
            }
        }
        return digit ? new String(shape) : null;
    }

    private static boolean hasHangul(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (TextNormalizer.isHangul(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void charGrams(FeatureSink sink, String word, int min, int max) {
        for (int n = min; n <= max; n++) {
            for (int i = 0; i + n <= word.length(); i++) {
                if (n > 1 || (i > 0 && i < word.length() - 1)) { // a lone "<" or ">" says nothing
                    sink.accept("c=", word, i, i + n, null);
                }
            }
        }
    }
}
