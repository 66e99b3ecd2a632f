package org.doyak.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.doyak.scripts.Outcome;
import org.doyak.scripts.ScriptRunner;

/**
 * {@code test [DIR] [--models DIR] [--lang ko|en]}: runs the conversation tests of {@code DIR/tests/}
 * (default {@code dialogs/}) with the real classifier. Exit 0 when all pass; else one block per failing
 * test, starting {@code FILE:LINE: test name}, and exit 1.
 */
final class TestCommand {
    private TestCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err, Clock clock) {
        String lang = StaffLang.of(args);
        Path dir = Path.of(args.positional().isEmpty() ? "dialogs" : args.positional().get(0));
        Path models = Path.of(args.options().getOrDefault("models", System.getenv().getOrDefault("DOYAK_MODELS",
                "nlp-models")));
        long start = System.nanoTime();
        List<Outcome> outcomes = ScriptRunner.run(dir, models, lang, clock);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
        failed.forEach(o -> out.println(o.failure().orElseThrow() + "\n"));
        double seconds = (System.nanoTime() - start) / 1e9;
        int passed = outcomes.size() - failed.size();
        String summary = String.format(Locale.ROOT, "%.1f", seconds);
        (failed.isEmpty() ? out : err).println(StaffLang.say(lang,
                "테스트 " + outcomes.size() + "개 중 " + passed + "개 통과, " + failed.size() + "개 실패 (" + summary + "초)",
                passed + " of " + outcomes.size() + " tests passed, " + failed.size() + " failed (" + summary + " s)"));
        return failed.isEmpty() ? 0 : 1;
    }
}
