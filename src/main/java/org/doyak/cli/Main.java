package org.doyak.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.doyak.App;
import org.doyak.AppConfig;
import org.doyak.admin.DialogsRefusedException;

/** The jar's entry point: {@code serve}, {@code validate}, {@code graph}, {@code bench}. */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: java -jar doyak.jar COMMAND",
            "  serve [--port N] [--db JDBC_URL] [--dialogs DIR]   run the service",
            "  validate [DIR]                                      check the dialog files",
            "  nlu train [--dialogs DIR] [--models DIR]            train the intent model",
            "  nlu eval --train T.yml --test X.yml [--val V.yml]   evaluate the classifier",
            "  graph [DIR] [--flow ID]                             print the flows as a Mermaid flowchart",
            "  bench [--sessions N] [--seconds S]                  measure turns per second",
            "  user add --username NAME --role counselor|admin --password-stdin   add a staff account");

    private Main() {
    }

    /** Runs a command and exits with its status (serve keeps running). */
    public static void main(String[] argv) {
        int status = run(Arrays.asList(argv), System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /**
     * Runs a command.
     *
     * @return the exit status, or -1 when the command keeps running (serve)
     */
    static int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = argv.subList(1, argv.size());
        try {
            switch (argv.get(0)) {
                case "serve":
                    return serve(Args.parse(rest), err);
                case "validate":
                    return ValidateCommand.run(Args.parse(rest), out, err);
                case "graph":
                    return GraphCommand.run(Args.parse(rest), out, err);
                case "user":
                    return UserCommand.run(Args.parse(rest), System.in, out, err, Clock.systemUTC());
                case "nlu":
                    return NluCommand.run(rest, out, err);
                case "bench":
                    return BenchCommand.run(Args.parse(rest), out);
                default:
                    err.println("unknown command '" + argv.get(0) + "'\n" + USAGE);
                    return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int serve(Args args, PrintStream err) {
        AppConfig config = AppConfig.from(args.options(), System.getenv());
        try {
            App app = App.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "doyak-shutdown"));
            return -1;
        } catch (DialogsRefusedException e) {
            e.problems().forEach(err::println);
            err.println("Doyak did not start: fix the " + e.problems().size() + " problem(s) above in "
                    + config.dialogs() + " (check with: java -jar target/doyak.jar validate)");
            return 1;
        }
    }
}
