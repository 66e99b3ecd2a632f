package org.doyak.nlu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a classifier is trained from: intents with their examples and the synonym table.
 *
 * @param intents intents in load order, names unique
 * @param synonyms shorthand table, possibly empty
 */
public record IntentData(List<Intent> intents, List<Synonym> synonyms) {

    /** The intent every classifier must know for messages the bot is not for. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** The intents the engine's flows rely on; {@link IntentDataLoader#problems} reports missing ones. */
    public static final List<String> REQUIRED = List.of("greet", "goodbye", "career_explore", "resume_help",
            "interview_prep", "program_search", "unemployment_benefit", "job_training", "job_search",
            "find_center", "book_counseling", "human_handoff", "events", "delete_my_data", OUT_OF_SCOPE);

    /** Creates immutable data. */
    public IntentData {
        intents = List.copyOf(intents);
        synonyms = List.copyOf(synonyms);
    }

    /**
     * This data with the examples of {@code more} added: to the intent of the same name, or as new
     * intents after these; the synonym table stays this one's.
     */
    public IntentData plus(IntentData more) {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (IntentData d : List.of(this, more)) {
            d.intents().forEach(i -> examples.computeIfAbsent(i.name(), k -> new ArrayList<>()).addAll(i.examples()));
        }
        return new IntentData(examples.entrySet().stream().map(e -> new Intent(e.getKey(), e.getValue())).toList(),
                synonyms);
    }

    /**
     * SHA-256 (hex) of the content, independent of file layout, comments and intent order; a model
     * trained from data with another hash is stale.
     *
     * @param salt extra text mixed in, e.g. a feature-set version, so a code change also marks models stale
     */
    public String sha256(String salt) {
        StringBuilder b = new StringBuilder(salt).append('\n');
        intents.stream().sorted(Comparator.comparing(Intent::name)).forEach(i -> {
            b.append("intent\u0000").append(i.name()).append('\n');
            i.examples().forEach(e -> b.append(e).append('\n'));
        });
        synonyms.forEach(s -> b.append("synonym\u0000").append(s.canonical()).append('\u0000')
                .append(String.join("\u0000", s.variants())).append('\u0000').append(s.entity()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
