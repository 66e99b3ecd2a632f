package org.doyak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void the_counselors_telegram_chat_is_read_from_the_environment_as_a_chat_id() {
        assertEquals(Optional.of(-1001234567890L), AppConfig.from(Map.of(),
                Map.of("DOYAK_COUNSELOR_TELEGRAM_CHAT", "-1001234567890")).counselorTelegramChat());
        assertEquals(Optional.empty(), AppConfig.from(Map.of(), Map.of()).counselorTelegramChat());
    }

    @Test
    void a_counselors_chat_that_is_not_a_number_is_refused_with_the_setting_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppConfig.from(Map.of(),
                Map.of("DOYAK_COUNSELOR_TELEGRAM_CHAT", "@counselors")));
        assertTrue(e.getMessage().contains("DOYAK_COUNSELOR_TELEGRAM_CHAT"), e.getMessage());
    }
}
