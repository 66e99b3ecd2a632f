package org.doyak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageGroupsTest {

    @Test
    void spacing_and_punctuation_variants_of_one_question_share_a_group() {
        List<MessageGroups.Group> groups = MessageGroups.of(List.of("청년도약계좌 가입하고 싶은데",
                "청년 도약 계좌 가입하고싶은데요!", "주식 추천해줘", "청년도약계좌가입하고 싶어요"));
        assertEquals(2, groups.size());
        assertEquals(List.of("청년도약계좌 가입하고 싶은데", "청년 도약 계좌 가입하고싶은데요!", "청년도약계좌가입하고 싶어요"),
                groups.get(0).texts());
        assertEquals(List.of("주식 추천해줘"), groups.get(1).texts());
    }

    @Test
    void unrelated_messages_stay_apart_and_larger_groups_come_first() {
        List<MessageGroups.Group> groups = MessageGroups.of(List.of("weather tomorrow", "lotto numbers",
                "LOTTO numbers?", "lotto number"));
        assertEquals(3, groups.get(0).size());
        assertEquals("weather tomorrow", groups.get(1).texts().get(0));
    }

    @Test
    void nothing_gives_no_groups() {
        assertEquals(List.of(), MessageGroups.of(List.of()));
    }
}
