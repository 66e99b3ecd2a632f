package org.doyak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doyak.handoff.StaffMember;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiStaffStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add} with {@code --center}: stored per account, checked against the dialogs' centers. */
class UserCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("staff.db");
    }

    private int add(String... more) {
        List<String> words = new ArrayList<>(List.of("add", "--db", db(), "--password-stdin"));
        words.addAll(List.of(more));
        return UserCommand.run(Args.parse(words), new ByteArrayInputStream("a-long-password\n".getBytes(
                StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
    }

    private Optional<StaffMember> member(String name) {
        try (Database db = Database.open(db())) {
            return new JdbiStaffStore(db).member(name);
        }
    }

    @Test
    void a_counselor_added_with_two_centers_works_for_those_two() {
        assertEquals(0, add("--username", "park", "--role", "counselor", "--center", "jeonbuk",
                "--center", "incheon_seogu"), err.toString(StandardCharsets.UTF_8));
        StaffMember park = member("park").orElseThrow();
        assertEquals(List.of("incheon_seogu", "jeonbuk"), park.centers());
        assertTrue(park.worksFor("jeonbuk") && !park.worksFor("seoul_job_plus"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("for jeonbuk, incheon_seogu"));
    }

    @Test
    void a_counselor_added_without_a_center_works_for_every_center() {
        assertEquals(0, add("--username", "lee", "--role", "counselor"));
        assertEquals(List.of(), member("lee").orElseThrow().centers());
        assertTrue(member("lee").orElseThrow().worksFor("daejeon_plus"));
    }

    @Test
    void an_unknown_center_is_a_clear_error_and_no_account_is_made() {
        assertEquals(1, add("--username", "choi", "--role", "counselor", "--center", "jeonbuk", "--center", "busan"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("unknown center 'busan'") && said.contains("jeonbuk"), said);
        assertTrue(member("choi").isEmpty());
    }
}
