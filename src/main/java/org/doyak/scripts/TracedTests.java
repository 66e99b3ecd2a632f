package org.doyak.scripts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doyak.admin.Candidate;
import org.doyak.admin.DialogsVersion;
import org.doyak.admin.TextEdits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation tests as a publish check, run only where an edit can change their outcome. It remembers
 * what each test's conversation showed on the version in force (its texts and button titles). When the
 * candidate differs from that version in texts only ({@link TextEdits}), a conversation that never showed a
 * changed text runs exactly as before (texts steer a conversation only where they are shown: a typed button
 * title, a yes to a question), so only the tests that showed one run, and tests with no record; any other
 * edit runs them all. Called by the publisher's single thread; not thread-safe.
 */
public final class TracedTests implements Candidate.Check {
    private static final Logger LOG = LoggerFactory.getLogger(TracedTests.class);
    /** Where a text is cut before it is compared: placeholders, particle hedges, lines and sentences. */
    private static final Pattern PIECES = Pattern.compile("\\{[^}]*}|\\([^)]*\\)|\\n|(?<=[.!?])\\s+");
    private static final int SHORTEST_PIECE = 4;

    private final Path liveCopy;
    private final Clock clock;
    private Traces live;
    private Traces pending;

    private record Traces(Candidate candidate, DialogsVersion version, Map<String, List<String>> seen) {
    }

    /**
     * @param liveCopy the copy of the version in force the publisher keeps (its last good copy), to compare
     *     a candidate with
     * @param clock the time the test conversations run at
     */
    public TracedTests(Path liveCopy, Clock clock) {
        this.liveCopy = liveCopy;
        this.clock = clock;
    }

    @Override
    public List<String> run(Path dir, Candidate candidate) {
        Optional<List<String>> edited = live == null || !DialogsVersion.of(liveCopy).equals(live.version())
                ? Optional.empty() : TextEdits.between(liveCopy, dir);
        Map<String, List<String>> known = edited.isPresent() ? live.seen() : Map.of();
        List<Outcome> outcomes = ScriptRunner.run(dir, "tests", candidate.dialogs(), candidate.understander(), "ko",
                clock, key -> !known.containsKey(key) || showedAny(known.get(key), edited.orElseThrow()));
        Map<String, List<String>> seen = new HashMap<>(known);
        for (Outcome o : outcomes) {
            if (o.passed()) {
                seen.put(o.key(), o.seen());
            } else {
                seen.remove(o.key());
            }
        }
        pending = new Traces(candidate, DialogsVersion.of(dir), Map.copyOf(seen));
        LOG.info("conversation tests: ran {} ({})", outcomes.size(), edited.map(t -> "texts only: " + t.size()
                + " changed text(s), the tests that showed them").orElse("every test"));
        return outcomes.stream().filter(o -> !o.passed()).map(o -> o.failure().orElseThrow()).toList();
    }

    @Override
    public void published(Candidate candidate) {
        live = pending != null && pending.candidate() == candidate ? pending : null;
        pending = null;
    }

    /** Whether a conversation that showed {@code seen} showed one of the {@code texts} as written in a file. */
    static boolean showedAny(List<String> seen, List<String> texts) {
        for (String text : texts) {
            List<String> pieces = PIECES.splitAsStream(text).map(String::strip)
                    .filter(p -> p.length() >= SHORTEST_PIECE).toList();
            if (pieces.isEmpty() || pieces.stream().anyMatch(p -> seen.stream().anyMatch(s -> s.contains(p)))) {
                return true;
            }
        }
        return false;
    }
}
