package org.doyak.cli;

import java.io.PrintStream;
import java.time.Clock;
import org.doyak.AppConfig;
import org.doyak.storage.Database;
import org.doyak.storage.SampleConversations;

/**
 * {@code generate --conversations N [--days D] [--db JDBC_URL]}: stores N made-up finished conversations
 * (four messages each, last active within the past D days, default 120) in the database of {@code --db} /
 * {@code DOYAK_DB_URL}, for memory and retention runs. Never run it on a database with real seekers in it.
 */
final class GenerateCommand {
    private GenerateCommand() {
    }

    static int run(Args args, PrintStream out, Clock clock) {
        int count = args.intOption("conversations", 0);
        int days = args.intOption("days", 120);
        if (count < 1 || days < 1) {
            throw new IllegalArgumentException("--conversations N and --days D must be at least 1");
        }
        AppConfig config = AppConfig.from(args.options(), System.getenv());
        long started = System.nanoTime();
        try (Database db = Database.open(config.dbUrl(), config.dbPassword())) {
            int stored = SampleConversations.generate(db, count, clock.instant(), days);
            out.printf("stored %,d conversations in %s in %.1f s%n", stored, Database.redacted(config.dbUrl()),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
