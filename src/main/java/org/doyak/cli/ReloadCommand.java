package org.doyak.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * {@code reload [--url URL] [--username NAME] [--password-stdin]}: asks the running service to publish its
 * dialogs folder now, the same as the dashboard's button: logs in as an admin ({@code POST
 * /api/console/login}), then calls {@code POST /api/admin/publish}. The name comes from {@code --username}
 * or {@code DOYAK_ADMIN_USER}, the password from the first line of standard input ({@code --password-stdin})
 * or {@code DOYAK_ADMIN_PASSWORD}, never from the command line. Exit 0 when published (or unchanged), 1 when
 * refused (the problems are printed, the old version keeps serving) or the service cannot be reached or
 * the login fails.
 */
final class ReloadCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PUBLISH_WAIT = Duration.ofMinutes(5);

    private ReloadCommand() {
    }

    static int run(Args args, InputStream in, Map<String, String> env, PrintStream out, PrintStream err) {
        String lang = StaffLang.of(args.options(), env);
        String base = args.options().getOrDefault("url", env.getOrDefault("DOYAK_URL",
                "http://localhost:" + env.getOrDefault("DOYAK_PORT", "7070"))).replaceAll("/+$", "");
        String username = args.options().getOrDefault("username", env.getOrDefault("DOYAK_ADMIN_USER", ""));
        String password = args.options().containsKey("password-stdin") ? firstLine(in)
                : env.getOrDefault("DOYAK_ADMIN_PASSWORD", "");
        if (username.isBlank() || password == null || password.isEmpty()) {
            err.println(StaffLang.say(lang, "관리자 이름(--username 또는 DOYAK_ADMIN_USER)과 비밀번호(--password-stdin 또는 "
                    + "DOYAK_ADMIN_PASSWORD)가 필요해요", "needs an admin's name (--username or DOYAK_ADMIN_USER) and "
                    + "password (--password-stdin or DOYAK_ADMIN_PASSWORD)"));
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> login = http.send(post(base, "/api/console/login", JSON.writeValueAsString(
                    Map.of("username", username, "password", password)), null).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("doyak_staff="))
                    .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
            if (login.statusCode() != 200 || cookie == null) {
                err.println(StaffLang.say(lang, "로그인하지 못했어요 (HTTP " + login.statusCode() + "): " + login.body(),
                        "could not log in (HTTP " + login.statusCode() + "): " + login.body()));
                return 1;
            }
            HttpResponse<String> published = http.send(post(base, "/api/admin/publish", "{}", cookie)
                    .timeout(PUBLISH_WAIT).build(), HttpResponse.BodyHandlers.ofString());
            return report(published, lang, out, err);
        } catch (IOException | IllegalArgumentException e) {
            err.println(StaffLang.say(lang, base + "에 연결하지 못했어요 (서비스가 실행 중인지, --url이 맞는지 확인하세요): ",
                    "could not reach " + base + " (is the service running? is --url right?): ") + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int report(HttpResponse<String> response, String lang, PrintStream out, PrintStream err)
            throws IOException {
        JsonNode body = JSON.readTree(response.body());
        String result = body.path("result").asText();
        if (response.statusCode() == 200) {
            out.println(StaffLang.say(lang, "published".equals(result) ? "게시했어요: " : "바뀐 것이 없어요",
                    "published".equals(result) ? "published: " : "nothing changed")
                    + String.join(", ", JSON.convertValue(body.path("changes"), String[].class)));
            return 0;
        }
        if (response.statusCode() == 422) {
            body.path("problems").forEach(p -> err.println(p.asText()));
            err.println(StaffLang.say(lang, "게시하지 않았어요: 문제 " + body.path("problems").size()
                    + "개를 고쳐 주세요. 이전 버전이 계속 서비스돼요.", "not published: fix the " + body.path("problems").size()
                    + " problem(s) above; the old version keeps serving."));
            return 1;
        }
        err.println("HTTP " + response.statusCode() + ": " + response.body());
        return 1;
    }

    /** A JSON POST carrying this server as its Origin (the console's CSRF guard asks for it). */
    private static HttpRequest.Builder post(String base, String path, String json, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return cookie == null ? b : b.header("Cookie", cookie);
    }

    private static String firstLine(InputStream in) {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
