package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The console's guard: sessions, roles, CSRF and lockout. */
class ConsoleAuthIT extends OnEachDatabase {
    private static final List<String[]> ROUTES = List.of(
            new String[] {"GET", "/api/console/handoffs?status=waiting"},
            new String[] {"GET", "/api/console/handoffs/x"},
            new String[] {"POST", "/api/console/handoffs/x/claim"},
            new String[] {"POST", "/api/console/handoffs/x/messages"},
            new String[] {"POST", "/api/console/handoffs/x/close"},
            new String[] {"POST", "/api/console/handoffs/x/transfer"},
            new String[] {"POST", "/api/console/handoffs/x/notes"},
            new String[] {"GET", "/api/console/counselors"},
            new String[] {"GET", "/api/console/canned"},
            new String[] {"GET", "/api/console/callbacks"},
            new String[] {"GET", "/api/console/bookings"});


    @Test
    void every_console_route_is_401_without_login_and_403_for_an_admin() {
        try (TestServer server = TestServer.start(database())) {
            HandoffIT.addStaff(server, "boss", "admin");
            ConsoleClient anonymous = new ConsoleClient(server.baseUrl());
            ConsoleClient admin = new ConsoleClient(server.baseUrl());
            assertEquals(200, admin.login("boss", HandoffIT.PASSWORD).status());
            for (String[] route : ROUTES) {
                assertEquals(401, anonymous.send(route[0], route[1], "{\"text\":\"x\"}", server.baseUrl()).status(),
                        route[1]);
                assertEquals(403, admin.send(route[0], route[1], "{\"text\":\"x\"}", server.baseUrl()).status(),
                        route[1]);
            }
        }
    }

    @Test
    void state_changing_requests_from_another_origin_are_403() {
        try (TestServer server = TestServer.start(database())) {
            HandoffIT.addStaff(server, "kim", "counselor");
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            String login = "{\"username\":\"kim\",\"password\":\"" + HandoffIT.PASSWORD + "\"}";
            assertEquals(403, console.send("POST", "/api/console/login", login, "https://evil.example").status());
            assertEquals(403, console.send("POST", "/api/console/login", login, null).status());
            assertEquals(200, console.login("kim", HandoffIT.PASSWORD).status());
            assertEquals(403, console.send("POST", "/api/console/handoffs/x/claim", "{}", null).status());
            assertEquals(403, console.send("POST", "/api/console/handoffs/x/claim", "{}", "http://evil.example")
                    .status());
            assertEquals(404, console.send("POST", "/api/console/handoffs/x/claim", "{}", server.baseUrl()).status());
        }
    }

    @Test
    void wrong_passwords_are_401_and_then_the_name_must_wait_even_with_the_right_password() {
        Clock stopped = Clock.fixed(Instant.now(), ZoneOffset.UTC); // the wait never runs out under a slow machine
        try (TestServer server = TestServer.start(database(), stopped, "always")) {
            HandoffIT.addStaff(server, "kim", "counselor");
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            assertEquals(401, console.login("nobody", HandoffIT.PASSWORD).status());
            for (int i = 0; i < 5; i++) {
                assertEquals(401, console.login("kim", "wrong password").status());
            }
            assertEquals(429, console.login("kim", "wrong password").status());
            assertEquals(429, console.login("kim", HandoffIT.PASSWORD).status());
        }
    }
}
