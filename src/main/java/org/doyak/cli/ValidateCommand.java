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
 * {@code validate [DIR] [--lang ko|en]}: checks the flows, system messages, content and intent examples.
 * Prints one line per problem and exits 1, or prints any warnings ({@code FILE:LINE:COLUMN: 경고: ...}),
 * says all is well and exits 0. Korean unless {@code --lang en} or {@code DOYAK_STAFF_LANG=en}.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        String lang = StaffLang.of(args);
        Path dir = Path.of(args.positional().isEmpty() ? "dialogs" : args.positional().get(0));
        DialogLoader.Result result = DialogLoader.load(dir, Actions.slots());
        List<String> problems = new ArrayList<>(result.problems(lang));
        if (Files.isDirectory(dir)) {
            problems.addAll(IntentDataLoader.problems(dir));
        }
        if (problems.isEmpty()) {
            result.warnings(lang).forEach(out::println);
            int flows = result.dialogs().flows().size();
            int collections = result.dialogs().content().size();
            out.println(StaffLang.say(lang, dir + ": 흐름 " + flows + "개, 내용 모음 " + collections + "개, 문제 없음",
                    dir + ": " + flows + " flows, " + collections + " content collections, no problems"));
            return 0;
        }
        problems.forEach(out::println);
        err.println(StaffLang.say(lang, "문제 " + problems.size() + "개", problems.size() + " problem(s)"));
        return 1;
    }
}
