package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import org.doyak.handoff.TeamReport;

/**
 * {@code GET /api/admin/team} (admin role): the team lead's {@link TeamReport} with who is online
 * taken from the console socket.
 */
public final class TeamRoutes {
    private final TeamReport report;
    private final ConsoleSocket socket;

    /** Reports with {@code report}, online counselors from {@code socket}. */
    public TeamRoutes(TeamReport report, ConsoleSocket socket) {
        this.report = report;
        this.socket = socket;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get("/api/admin/team", ctx -> ctx.json(report.now(socket.online())));
    }
}
