package org.doyak.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Each command's usage line and the options it accepts: what {@code --help} prints and flags are checked against. */
final class Usage {
    private static final Set<String> SERVE = Set.of("port", "db", "dialogs", "models", "telegram-token",
            "telegram-api-url", "telegram-webhook-url", "telegram-webhook-secret", "counselor-hours", "retention-days",
            "counselor-telegram-chat");
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", new Command("serve [--port N] [--db JDBC_URL] [--dialogs DIR] [--models DIR]",
                "run the service (every option also from DOYAK_* variables); without a dialogs/ folder here it "
                        + "serves the dialogs bundled in the jar", SERVE));
        COMMANDS.put("init", new Command("init [DIR] [--lang ko|en]", "write the default dialogs/ and nlp-models/ "
                + "bundled in the jar into DIR (default: here) for staff to edit; overwrites nothing", Set.of("lang")));
        COMMANDS.put("validate", new Command("validate [DIR] [--lang ko|en]", "check the dialog files",
                Set.of("lang")));
        COMMANDS.put("test", new Command("test [DIR] [--models DIR] [--lang ko|en]",
                "run the conversation tests in DIR/tests/", Set.of("lang", "models")));
        COMMANDS.put("reload", new Command("reload [--url URL] [--username NAME] [--password-stdin] [--lang ko|en]",
                "ask the running service to publish dialogs/ now (an admin's name and password; "
                        + "also DOYAK_URL, DOYAK_ADMIN_USER, DOYAK_ADMIN_PASSWORD)",
                Set.of("url", "username", "password-stdin", "lang")));
        COMMANDS.put("nlu", new Command("nlu train [--dialogs DIR] [--models DIR]\n"
                + "  nlu eval --train T.yml --test X.yml [--oos-label oos] [--val V.yml]",
                "train or evaluate the intent classifier", null));
        COMMANDS.put("graph", new Command("graph [DIR] [--flow ID]", "print the flows as a Mermaid flowchart",
                Set.of("flow")));
        COMMANDS.put("bench", new Command("bench [--sessions N] [--seconds S] [--db JDBC_URL] [--dialogs DIR]",
                "measure turns per second", Set.of("sessions", "seconds", "db", "dialogs", "models")));
        COMMANDS.put("generate", new Command("generate --conversations N [--days D] [--db URL]",
                "store N made-up conversations (load tests)", Set.of("conversations", "days", "db")));
        COMMANDS.put("user", new Command("user add --username NAME --role counselor|admin [--center ID ...] "
                + "--password-stdin", "add a staff account (password from standard input)",
                Set.of("username", "role", "center", "password-stdin", "db", "dialogs")));
    }

    private Usage() {
    }

    /** A command's usage, description and accepted options (null: the command checks its own). */
    record Command(String usage, String what, Set<String> options) {
    }

    /** The command, or null when there is none by that name. */
    static Command of(String name) {
        return COMMANDS.get(name);
    }

    static Set<String> names() {
        return COMMANDS.keySet();
    }

    /** The whole usage text. */
    static String all() {
        StringBuilder out = new StringBuilder("usage: java -jar doyak.jar COMMAND [--help]\n");
        COMMANDS.forEach((name, c) -> out.append("  ").append(c.usage()).append("\n      ").append(c.what())
                .append('\n'));
        return out.toString().stripTrailing();
    }
}
