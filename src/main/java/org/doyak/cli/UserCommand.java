package org.doyak.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.doyak.Actions;
import org.doyak.AppConfig;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.handoff.StaffAccounts;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiStaffStore;

/**
 * {@code user add --username NAME --role counselor|admin --password-stdin}: creates a staff account in
 * the database of {@code --db} / {@code DOYAK_DB_URL}, reading the password from the first line of
 * standard input (never from the command line, where other users could see it). {@code --center ID}
 * (repeatable) names the centers a counselor works for (none: every center); each must be a center of the
 * dialogs ({@code --dialogs} / {@code DOYAK_DIALOGS}, else {@code dialogs/}, else the bundled ones).
 */
final class UserCommand {
    private UserCommand() {
    }

    /** Runs the command; 0 when the account was created, 1 with a message on stderr otherwise. */
    static int run(Args args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
        if (!args.positional().equals(List.of("add")) || !args.options().containsKey("password-stdin")) {
            err.println("usage: user add --username NAME --role counselor|admin [--center ID ...] --password-stdin");
            return 1;
        }
        String username = args.options().getOrDefault("username", "");
        String role = args.options().getOrDefault("role", "");
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println("error: cannot read the password from standard input: " + e.getMessage());
            return 1;
        }
        if (password == null) {
            err.println("error: no password on standard input");
            return 1;
        }
        AppConfig config = AppConfig.from(args.options(), System.getenv());
        List<String> centers = args.all("center");
        String unknown = unknownCenters(centers, Bundled.orBundled(config, args.options().containsKey("dialogs"),
                true, notice -> { }));
        if (!unknown.isEmpty()) {
            err.println("error: " + unknown);
            return 1;
        }
        try (Database db = Database.open(config.dbUrl(), config.dbPassword())) {
            new StaffAccounts(new JdbiStaffStore(db), clock).add(username, role, password.toCharArray(),
                    centers);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        out.println("created " + role + " '" + username + "'" + (centers.isEmpty() ? " for every center"
                : " for " + String.join(", ", centers)) + " in " + Database.redacted(config.dbUrl()));
        return 0;
    }

    /** What is wrong with the centers given, or "" when each is a center of the dialogs (or none is given). */
    private static String unknownCenters(List<String> centers, AppConfig config) {
        if (centers.isEmpty()) {
            return "";
        }
        DialogLoader.Result loaded = DialogLoader.load(config.dialogs(), Actions.slots());
        if (!loaded.ok()) {
            return "cannot check --center: the dialogs in " + config.dialogs() + " have problems (run validate)";
        }
        List<String> known = CenterSchedule.centerIds(loaded.dialogs());
        return centers.stream().filter(c -> !known.contains(c)).findFirst().map(c -> "unknown center '" + c
                + "' (known in " + config.dialogs() + ": " + String.join(", ", known) + ")").orElse("");
    }
}
