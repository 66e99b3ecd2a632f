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
        Set<String> f = new LinkedHashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        StringBuilder hangul = new StringBuilder();
        String previous = "<s>";
        String previousStem = "<s>";
        for (String t : tokens) {
            f.add("w=" + t);
            f.add("b=" + previous + "_" + t);
            previous = t;
            if (t.chars().anyMatch(Character::isDigit)) {
                f.add("d=" + t.replaceAll("\\d", "0"));
            }
            boolean korean = t.codePoints().anyMatch(TextNormalizer::isHangul);
            if (korean) {
                hangul.append(t);
                charGrams(f, "<" + t + ">", 1, 3);
                previousStem = t;
            } else {
                String stem = stemmer.stem(t);
                f.add("s=" + stem);
                f.add("sb=" + previousStem + "_" + stem);
                previousStem = stem;
                charGrams(f, "<" + t + ">", 3, 5);
            }
        }
        f.add("b=" + previous + "_</s>");
        for (int i = 0; i + 2 <= hangul.length(); i++) {
            f.add("k=" + hangul.substring(i, i + 2));
        }
        return new ArrayList<>(f);
    }

    private static void charGrams(Set<String> f, String word, int min, int max) {
        for (int n = min; n <= max; n++) {
            for (int i = 0; i + n <= word.length(); i++) {
                String g = word.substring(i, i + n);
                if (!g.equals("<") && !g.equals(">")) {
                    f.add("c=" + g);
                }
            }
        }
    }
}
