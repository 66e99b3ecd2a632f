package org.doyak.channel.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.doyak.testing.TestServer;

/** Posts updates to a test server's Telegram webhook with its secret, and counts rows in its database. */
final class Webhook {
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestServer server;
    private final String secret;

    Webhook(TestServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Posts one update and returns the status (after the update was handled). */
    int post(ObjectNode update) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/telegram/webhook"))
                .header("Content-Type", "application/json").header(TelegramRoutes.SECRET_HEADER, secret)
                .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** The first column of the first row of {@code sql} as a number, -1 when there is no row. */
    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.databaseUrl());
                ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
