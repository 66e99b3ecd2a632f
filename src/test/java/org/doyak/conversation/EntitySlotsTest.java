package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doyak.nlu.Entity;
import org.doyak.nlu.Understanding;
import org.junit.jupiter.api.Test;

class EntitySlotsTest {

    private static Meaning said(String text, Entity... entities) {
        return new Meaning(text, new Understanding("ko", List.of(), List.of(entities), 0.5));
    }

    private static final Meaning YOUNG_IN_BUCHEON = said("23살 부천 백수", new Entity("age", "23", 0, 3),
            new Entity("region", "부천", 4, 6), new Entity("status", "unemployed", 7, 9));

    @Test
    void personal_values_wait_for_consent_while_the_region_is_used_at_once() {
        Map<String, String> slots = new HashMap<>();
        EntitySlots.remember(YOUNG_IN_BUCHEON, slots);
        assertEquals("부천", slots.get("region"));
        assertNull(slots.get("age"));
        assertEquals("23", slots.get("_held.age"));
        slots.put("consent", "yes");
        EntitySlots.consentAnswered(slots);
        assertEquals("23", slots.get("age"));
        assertEquals("unemployed", slots.get("status"));
        assertFalse(slots.containsKey("_held.age"));
    }

    @Test
    void refused_consent_drops_what_was_held() {
        Map<String, String> slots = new HashMap<>();
        EntitySlots.remember(YOUNG_IN_BUCHEON, slots);
        slots.put("consent", "no");
        EntitySlots.consentAnswered(slots);
        assertNull(slots.get("age"));
        assertNull(slots.get("status"));
        assertFalse(slots.keySet().stream().anyMatch(k -> k.startsWith("_held.")));
    }

    @Test
    void after_refusal_nothing_personal_is_even_held() {
        Map<String, String> slots = new HashMap<>(Map.of("consent", "no"));
        EntitySlots.remember(YOUNG_IN_BUCHEON, slots);
        assertEquals(Map.of("consent", "no", "region", "부천", "place", "부천", "_given", "region,place"), slots);
    }

    @Test
    void a_benefit_recipient_is_looking_for_work_and_receives_benefit() {
        Map<String, String> slots = new HashMap<>(Map.of("consent", "yes"));
        EntitySlots.remember(said("실업급여 받는 중", new Entity("status", "benefit_recipient", 0, 8)), slots);
        assertEquals("unemployed", slots.get("status"));
        assertEquals("yes", slots.get("benefit"));
    }
}
