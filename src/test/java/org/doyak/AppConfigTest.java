package org.doyak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void printed_settings_never_show_secrets() {
        AppConfig config = AppConfig.from(Map.of("db", "jdbc:postgresql://db:5432/doyak?user=doyak&password=pg-s3cret"),
                Map.of("DOYAK_TELEGRAM_TOKEN", "123:tok-s3cret", "DOYAK_TELEGRAM_WEBHOOK_SECRET", "hook-s3cret",
                        "DOYAK_DB_PASSWORD", "env-s3cret", "DOYAK_COUNSELOR_HOURS", "always"));
        String shown = config.toString();
        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("password=***") && shown.contains("telegramToken=***")
                && shown.contains("dbPassword=***") && shown.contains("counselorHours=always"), shown);
        assertTrue(AppConfig.from(Map.of(), Map.of()).toString().contains("telegramToken=,"), "absent is empty");
    }
}
