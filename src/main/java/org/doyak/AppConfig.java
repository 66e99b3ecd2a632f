package org.doyak;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service's configuration, read once at start from flags and the environment (flags win).
 *
 * @param port HTTP port; 0 picks a free one
 * @param dbUrl JDBC URL
 * @param dialogs the dialogs folder
 * @param models the folder of trained models
 * @param telegramToken the bot token, if Telegram is enabled
 * @param telegramApiUrl the Bot API server
 * @param telegramWebhookUrl public webhook URL; empty means long polling
 * @param telegramWebhookSecret secret Telegram sends back on every webhook call
 * @param counselorHours {@code DOYAK_COUNSELOR_HOURS}: {@code always}, {@code never} or a weekly pattern
 *     such as {@code Mon-Fri 09:00-18:00} (Asia/Seoul, closed on the holidays of the dialogs); empty for
 *     the default, {@code Mon-Fri 09:00-18:00}
 * @param retentionDays days after a conversation's last message before it is erased
 * @param counselorTelegramChat {@code DOYAK_COUNSELOR_TELEGRAM_CHAT}: the id of a Telegram chat (a counselors'
 *     group, e.g. {@code -1001234567890}) the bot tells about each new handoff; empty for none
 * @param dbPassword {@code DOYAK_DB_PASSWORD}: the PostgreSQL password when it is not in the URL
 * @param security embedding sites and proxy settings (see {@link SecurityConfig})
 * @param testsAtStart false with {@code DOYAK_TESTS_AT_START=off}: the conversation tests are not run in the
 *     background after a start, so the first text edit then reruns every test instead of those it touches
 */
public record AppConfig(int port, String dbUrl, Path dialogs, Path models, Optional<String> telegramToken,
        String telegramApiUrl, Optional<String> telegramWebhookUrl, Optional<String> telegramWebhookSecret,
        Optional<String> counselorHours, int retentionDays, Optional<Long> counselorTelegramChat,
        Optional<String> dbPassword, SecurityConfig security, boolean testsAtStart) {

    /** The defaults of the contracts. */
    public static final int DEFAULT_PORT = 7070;
    /** What the consent question promises: data is erased 90 days after the last message. */
    public static final int DEFAULT_RETENTION_DAYS = 90;
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    /**
     * Reads the configuration.
     *
     * @param flags command-line options without dashes, e.g. {@code port -> 8080}
     * @param env the environment
     * @throws IllegalArgumentException on a port, retention or counselors' chat id that is not a number
     */
    public static AppConfig from(Map<String, String> flags, Map<String, String> env) {
        return new AppConfig(number(pick(flags, "port", env, "DOYAK_PORT"), DEFAULT_PORT, "port"),
                pick(flags, "db", env, "DOYAK_DB_URL").orElse("jdbc:sqlite:data/doyak.db"),
                Path.of(pick(flags, "dialogs", env, "DOYAK_DIALOGS").orElse("dialogs")),
                Path.of(pick(flags, "models", env, "DOYAK_MODELS").orElse("nlp-models")),
                pick(flags, "telegram-token", env, "DOYAK_TELEGRAM_TOKEN"),
                pick(flags, "telegram-api-url", env, "DOYAK_TELEGRAM_API_URL").orElse("https://api.telegram.org"),
                pick(flags, "telegram-webhook-url", env, "DOYAK_TELEGRAM_WEBHOOK_URL"),
                pick(flags, "telegram-webhook-secret", env, "DOYAK_TELEGRAM_WEBHOOK_SECRET"),
                pick(flags, "counselor-hours", env, "DOYAK_COUNSELOR_HOURS"),
                number(pick(flags, "retention-days", env, "DOYAK_RETENTION_DAYS"), DEFAULT_RETENTION_DAYS,
                        "retention days"),
                pick(flags, "counselor-telegram-chat", env, "DOYAK_COUNSELOR_TELEGRAM_CHAT").map(AppConfig::chatId),
                Optional.ofNullable(env.get("DOYAK_DB_PASSWORD")).filter(p -> !p.isEmpty()),
                SecurityConfig.from(env),
                !"off".equalsIgnoreCase(env.getOrDefault("DOYAK_TESTS_AT_START", "").strip()));
    }

    /**
     * The settings for logs and messages, secrets masked: the Telegram token, the webhook secret, the database
     * password and a {@code password=} in the database URL show as {@code ***}.
     */
    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", dbUrl=" + PASSWORD_IN_URL.matcher(dbUrl).replaceAll("$1***")
                + ", dialogs=" + dialogs + ", models=" + models + ", telegramToken=" + masked(telegramToken)
                + ", telegramApiUrl=" + telegramApiUrl + ", telegramWebhookUrl=" + telegramWebhookUrl.orElse("")
                + ", telegramWebhookSecret=" + masked(telegramWebhookSecret) + ", counselorHours="
                + counselorHours.orElse("") + ", retentionDays=" + retentionDays + ", counselorTelegramChat="
                + counselorTelegramChat.map(String::valueOf).orElse("") + ", dbPassword=" + masked(dbPassword)
                + ", security=" + security + ", testsAtStart=" + testsAtStart + "]";
    }

    private static String masked(Optional<String> secret) {
        return secret.isPresent() ? "***" : "";
    }

    /** A copy with another port, database and dialogs folder (tests and the benchmark). */
    public AppConfig with(int newPort, String newDbUrl, Path newDialogs) {
        return new AppConfig(newPort, newDbUrl, newDialogs, models, telegramToken, telegramApiUrl,
                telegramWebhookUrl, telegramWebhookSecret, counselorHours, retentionDays, counselorTelegramChat,
                dbPassword, security, testsAtStart);
    }

    /** A copy serving other dialogs and models folders (the ones bundled in the jar). */
    public AppConfig withFolders(Path newDialogs, Path newModels) {
        return new AppConfig(port, dbUrl, newDialogs, newModels, telegramToken, telegramApiUrl, telegramWebhookUrl,
                telegramWebhookSecret, counselorHours, retentionDays, counselorTelegramChat, dbPassword, security,
                testsAtStart);
    }

    /** A copy with other counselor hours (tests). */
    public AppConfig withCounselorHours(String pattern) {
        return new AppConfig(port, dbUrl, dialogs, models, telegramToken, telegramApiUrl, telegramWebhookUrl,
                telegramWebhookSecret, Optional.of(pattern), retentionDays, counselorTelegramChat, dbPassword,
                security, testsAtStart);
    }

    /** A copy that runs, or does not run, the conversation tests in the background after a start (tests). */
    public AppConfig withTestsAtStart(boolean run) {
        return new AppConfig(port, dbUrl, dialogs, models, telegramToken, telegramApiUrl, telegramWebhookUrl,
                telegramWebhookSecret, counselorHours, retentionDays, counselorTelegramChat, dbPassword, security, run);
    }

    /**
     * Where the last dialogs that went live are copied, to serve when the files have problems at start:
     * {@code dialogs-last-good} beside the SQLite file, or {@code data/dialogs-last-good} for other databases.
     */
    public Path lastGoodDialogs() {
        String prefix = "jdbc:sqlite:";
        if (dbUrl.startsWith(prefix) && !dbUrl.contains(":memory:")) {
            Path parent = Path.of(dbUrl.substring(prefix.length()).split("\\?")[0]).toAbsolutePath().getParent();
            if (parent != null) {
                return parent.resolve("dialogs-last-good");
            }
        }
        return Path.of("data", "dialogs-last-good");
    }

    private static int number(Optional<String> value, int fallback, String what) {
        try {
            return value.map(v -> Integer.parseInt(v.trim())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + value.get() + "'");
        }
    }

    private static long chatId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DOYAK_COUNSELOR_TELEGRAM_CHAT must be a Telegram chat id (a number "
                    + "such as -1001234567890), not '" + value + "'");
        }
    }

    private static Optional<String> pick(Map<String, String> flags, String flag, Map<String, String> env,
            String var) {
        String value = flags.containsKey(flag) ? flags.get(flag) : env.get(var);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
