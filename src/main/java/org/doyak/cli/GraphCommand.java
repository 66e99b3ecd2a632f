package org.doyak.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.doyak.Actions;
import org.doyak.dialog.Flow;
import org.doyak.dialog.graph.MermaidGraph;
import org.doyak.dialog.load.DialogLoader;

/** {@code graph [DIR] [--flow ID]}: prints the flows as a Mermaid flowchart. */
final class GraphCommand {
    private GraphCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.positional().isEmpty() ? "dialogs" : args.positional().get(0));
        DialogLoader.Result result = DialogLoader.load(dir, Actions.slots());
        if (!result.ok()) {
            result.problems().forEach(err::println);
            return 1;
        }
        String only = args.options().get("flow");
        List<Flow> flows = result.dialogs().flowList().stream()
                .filter(f -> only == null || f.id().equals(only)).toList();
        if (flows.isEmpty()) {
            err.println("no flow '" + only + "'");
            return 1;
        }
        out.print(MermaidGraph.render(result.dialogs(), flows));
        return 0;
    }
}
