package org.doyak.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.App;
import org.doyak.AppConfig;
import org.doyak.admin.DialogsRefusedException;
import org.doyak.dialog.load.Closest;

/**
 * The jar's entry point: {@code serve}, {@code init}, {@code validate}, {@code test}, {@code reload},
 * {@code nlu}, {@code graph}, {@code bench}, {@code user}. {@code --help} (or {@code help}) anywhere prints
 * usage and exits 0; an unknown command or option is an error with the one most likely meant, exit 2.
 */
public final class Main {
    private static final Set<String> HELP = Set.of("--help", "-h", "help");

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
            err.println(Usage.all());
            return 2;
        }
        String name = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        if (HELP.contains(name)) {
            Usage.Command command = rest.isEmpty() ? null : Usage.of(rest.get(0));
            out.println(command == null ? Usage.all() : "usage: java -jar doyak.jar " + command.usage());
            return 0;
        }
        Usage.Command command = Usage.of(name);
        if (command == null) {
            String meant = Closest.to(name, Usage.names()).map(m -> " (did you mean '" + m + "'?)").orElse("");
            err.println("unknown command '" + name + "'" + meant + "\n" + Usage.all());
            return 2;
        }
        if (rest.stream().anyMatch(HELP::contains)) {
            out.println("usage: java -jar doyak.jar " + command.usage() + "\n  " + command.what());
            return 0;
        }
        try {
            switch (name) {
                case "serve":
                    return serve(Args.parse(rest, command.options()), err);
                case "validate":
                    return ValidateCommand.run(Args.parse(rest, command.options()), out, err);
                case "test":
                    return TestCommand.run(Args.parse(rest, command.options()), out, err, Clock.systemUTC());
                case "graph":
                    return GraphCommand.run(Args.parse(rest, command.options()), out, err);
                case "init":
                    return InitCommand.run(Args.parse(rest, command.options()), out, err);
                case "reload":
                    return ReloadCommand.run(Args.parse(rest, command.options()), System.in, System.getenv(), out, err);
                case "user":
                    return UserCommand.run(Args.parse(rest, command.options()), System.in, out, err, Clock.systemUTC());
                case "nlu":
                    return NluCommand.run(rest, out, err);
                case "generate":
                    return GenerateCommand.run(Args.parse(rest, command.options()), out, Clock.systemUTC());
                default:
                    return BenchCommand.run(Args.parse(rest, command.options()), out);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "\nusage: java -jar doyak.jar " + command.usage());
            return 2;
        }
    }

    private static int serve(Args args, PrintStream err) {
        Map<String, String> env = System.getenv();
        AppConfig config = Bundled.orBundled(AppConfig.from(args.options(), env),
                args.options().containsKey("dialogs") || env.containsKey("DOYAK_DIALOGS"),
                args.options().containsKey("models") || env.containsKey("DOYAK_MODELS"), err::println);
        try {
            App app = App.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "doyak-shutdown"));
            return -1;
        } catch (DialogsRefusedException e) {
            e.problems().forEach(err::println);
            err.println("Doyak did not start: fix the " + e.problems().size() + " problem(s) above in "
                    + config.dialogs() + " (check with: java -jar target/doyak.jar validate)");
            return 1;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.println("Doyak did not start");
            return 1;
        }
    }
}
