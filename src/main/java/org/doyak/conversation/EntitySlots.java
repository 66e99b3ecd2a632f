package org.doyak.conversation;

import java.util.Map;
import java.util.Optional;
import org.doyak.nlu.Entity;
import org.doyak.nlu.Understanding;

/**
 * Remembers what a seeker said about themselves in passing ("25살 미취업인데 부천 살아요") in the slots
 * the flows ask for, so no flow asks again. Only with consent: without it nothing personal is kept.
 */
final class EntitySlots {
    private EntitySlots() {
    }

    /** Copies age, employment status and region entities into the slots when consent was given. */
    static void remember(Understanding meaning, Map<String, String> slots) {
        if (!"yes".equals(slots.get("consent"))) {
            return;
        }
        for (Entity e : meaning.entities()) {
            switch (e.type()) {
                case "age":
                case "region":
                    slots.put(e.type(), e.value());
                    break;
                case "status":
                    if ("benefit_recipient".equals(e.value())) {
                        slots.put("status", "unemployed");
                        slots.put("benefit", "yes");
                    } else {
                        slots.put("status", e.value());
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** An age written in words ("스물다섯") as a number, for a number question. */
    static Optional<String> age(Understanding meaning) {
        return meaning.entities().stream().filter(e -> "age".equals(e.type())).map(Entity::value).findFirst();
    }
}
