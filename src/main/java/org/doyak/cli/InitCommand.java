package org.doyak.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code init [DIR]}: writes the default {@code dialogs/} and {@code nlp-models/} the jar carries into
 * {@code DIR} (default: the current folder), for staff to edit and {@code serve} to use. Overwrites nothing:
 * when any of the files exists, nothing is written and the files are named; exit 1.
 */
final class InitCommand {
    private InitCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        String lang = StaffLang.of(args.options(), System.getenv());
        Path dir = Path.of(args.positional().isEmpty() ? "." : args.positional().get(0));
        List<String> existing;
        try {
            existing = Bundled.writeTo(dir);
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        if (!existing.isEmpty()) {
            existing.stream().limit(10).forEach(f -> err.println(dir.resolve(f)));
            err.println(StaffLang.say(lang, "이미 있는 파일 " + existing.size() + "개를 덮어쓰지 않으려고 아무것도 쓰지 않았어요. "
                    + "빈 폴더를 지정하세요.", "wrote nothing: " + existing.size() + " of the files already exist and "
                    + "are never overwritten. Name an empty folder."));
            return 1;
        }
        out.println(StaffLang.say(lang, dir.resolve("dialogs") + " 와 " + dir.resolve("nlp-models")
                + " 에 기본 대화와 의도 모델을 썼어요. dialogs/README.md 를 읽고 고친 뒤 그 폴더에서 java -jar doyak.jar serve 로 "
                + "실행하세요.", "wrote the default dialogs and intent model to " + dir.resolve("dialogs") + " and "
                + dir.resolve("nlp-models") + ". Read dialogs/README.md, edit, then run java -jar doyak.jar serve "
                + "from that folder."));
        return 0;
    }
}
