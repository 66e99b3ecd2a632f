package org.doyak.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.doyak.Actions;
import org.doyak.dialog.load.DialogLoader;

/**
 * {@code validate [DIR]}: prints one line per problem and exits 1, or prints any warnings
 * ({@code FILE:LINE:COLUMN: warning: ...}), says all is well and exits 0.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.positional().isEmpty() ? "dialogs" : args.positional().get(0));
        DialogLoader.Result result = DialogLoader.load(dir, Actions.names());
        if (result.ok()) {
            result.warnings().forEach(out::println);
            out.println(dir + ": " + result.dialogs().flows().size() + " flows, "
                    + result.dialogs().content().size() + " content collections, no problems");
            return 0;
        }
        result.problems().forEach(out::println);
        err.println(result.problems().size() + " problem(s)");
        return 1;
    }
}
