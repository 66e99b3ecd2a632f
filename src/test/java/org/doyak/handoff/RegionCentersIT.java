package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeker who did not come from a center's page (no {@code data-center}, no deep link): the region they
 * named picks their center's hours and queue; without one, the bot asks once when two or more centers have
 * counselors of their own, and remembers the answer.
 */
class RegionCentersIT {
    private static final String ASKED = "어느 지역에 계세요";
    @TempDir
    Path dir;

    private static ConsoleClient login(TestServer server, String name) {
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        console.login(name, HandoffIT.PASSWORD);
        return console;
    }

    /** The service with a Jeonbuk and an Incheon Seo-gu counselor (two teams), at {@code clock}'s time. */
    private TestServer twoTeams(Clock clock) throws IOException {
        TestServer server = CenterQueuesIT.start(dir, clock);
        CenterQueuesIT.addCenterCounselors(server);
        return server;
    }

    /** Says {@code text} and presses yes to "shall I connect you?"; the answer to the yes. */
    private static WebClient.Response askedAndConfirmed(WebClient web, WebClient.Session s, String text) {
        web.say(s, text);
        return web.press(s, "yes");
    }

    @Test
    void the_region_a_seeker_named_picks_the_queue_and_is_kept_in_the_handoffs_profile() throws IOException {
        try (TestServer server = twoTeams(CenterQueuesIT.BOTH_OPEN)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = web.newSession("ko");
            String handedOff = HandoffIT.texts(askedAndConfirmed(web, s, "전북 사는데 상담사랑 이야기하고 싶어요"));
            assertTrue(handedOff.contains("전라북도 일자리센터 기준으로") && handedOff.contains("대기 순서는 1번째"),
                    handedOff);
            assertFalse(handedOff.contains(ASKED), "the region was known: " + handedOff);
            ConsoleClient jb = login(server, "jb");
            assertEquals(List.of("jeonbuk"), CenterQueuesIT.centers(jb.get("/api/console/handoffs")));
            assertEquals(List.of(), CenterQueuesIT.centers(login(server, "sg").get("/api/console/handoffs")));
            JsonNode row = jb.get("/api/console/handoffs").body().path("handoffs").get(0);
            assertEquals("jeonbuk", row.path("profile").path("home_center").asText(), row.toString());
        }
    }

    @Test
    void the_regions_center_decides_the_hours_a_closed_one_offers_its_callback() throws IOException {
        try (TestServer server = twoTeams(CenterQueuesIT.ONE_OPEN)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = web.newSession("ko");
            WebClient.Response closed = askedAndConfirmed(web, s, "청라 사는데 상담원 연결 부탁해요");
            String text = HandoffIT.texts(closed);
            assertTrue(text.contains("서구 기업&일자리 지원센터") && text.contains("13:00"), "Seo-gu opens at 13:00: " + text);
            assertTrue(closed.body().toString().contains("\"payload\":\"callback\""), closed.body().toString());
            assertTrue(closed.body().toString().contains("\"payload\":\"counselor_now\""), closed.body().toString());
        }
    }

    @Test
    void with_two_teams_a_seeker_without_a_region_is_asked_once_and_the_answer_is_remembered() throws IOException {
        try (TestServer server = twoTeams(CenterQueuesIT.BOTH_OPEN)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = web.newSession("ko");
            String asked = HandoffIT.texts(askedAndConfirmed(web, s, "상담사 연결해 주세요"));
            assertTrue(asked.contains(ASKED), asked);
            String queued = HandoffIT.texts(web.say(s, "군산이요"));
            assertTrue(queued.contains("전라북도 일자리센터 기준으로") && queued.contains("대기 순서는 1번째"), queued);
            assertEquals(List.of("jeonbuk"), CenterQueuesIT.centers(login(server, "jb").get("/api/console/handoffs")));
            web.say(s, "/cancel");
            String again = HandoffIT.texts(askedAndConfirmed(web, s, "상담사 연결해 주세요"));
            assertFalse(again.contains(ASKED), "asked only once: " + again);
            assertTrue(again.contains("대기 순서는 1번째"), again);
        }
    }

    @Test
    void with_no_center_teams_the_seeker_is_not_asked_for_a_center() throws IOException {
        try (TestServer server = CenterQueuesIT.start(dir, CenterQueuesIT.BOTH_OPEN)) {
            HandoffIT.addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = web.newSession("ko");
            String queued = HandoffIT.texts(askedAndConfirmed(web, s, "상담사 연결해 주세요"));
            assertFalse(queued.contains(ASKED), queued);
            assertTrue(queued.contains("대기 순서는 1번째"), queued);
        }
    }
}
