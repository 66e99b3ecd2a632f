package org.doyak.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doyak.Actions;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.IntentDataLoader;

/**
 * {@code validate [DIR]}: checks the flows, system messages, content and intent examples. Prints one
 * line per problem and exits 1, or prints any warnings ({@code FILE:LINE:COLUMN: warning: ...}), says
 * all is well and exits 0.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.positional().isEmpty() ? "dialogs" : args.positional().get(0));
        DialogLoader.Result result = DialogLoader.load(dir, Actions.names());
        List<String> problems = new ArrayList<>(result.problems());
        if (Files.isDirectory(dir)) {
            problems.addAll(IntentDataLoader.problems(dir));
        }
        if (problems.isEmpty()) {
            result.warnings().forEach(out::println);
            out.println(dir + ": " + result.dialogs().flows().size() + " flows, "
                    + result.dialogs().content().size() + " content collections, no problems");
            return 0;
        }
        problems.forEach(out::println);
        err.println(problems.size() + " problem(s)");
        return 1;
    }
}
