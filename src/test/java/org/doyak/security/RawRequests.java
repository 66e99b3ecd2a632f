package org.doyak.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doyak.testing.RawHttp;

/** Malformed HTTP that no client library sends: broken request lines, headers and chunked bodies. */
final class RawRequests {
    private RawRequests() {
    }

    static List<byte[]> all(Random random) {
        List<byte[]> requests = new ArrayList<>();
        String json = "POST /api/web/sessions HTTP/1.1\r\nContent-Type: application/json";
        for (String chunked : new String[] {"zz\r\n{}\r\n0\r\n\r\n", "5\r\n{\"lang\":\"ko\"}\r\n0\r\n\r\n", "4\r\n{}",
                "-1\r\n{}\r\n0\r\n\r\n", "FFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n", "2;ext=\u0000\r\n{}\r\n0\r\n\r\n"}) {
            requests.add(RawHttp.request(json + "\r\nTransfer-Encoding: chunked", chunked.getBytes(UTF_8)));
        }
        requests.add(RawHttp.request(json + "\r\nContent-Length: 99999", "{}".getBytes(UTF_8)));
        requests.add(RawHttp.request(json + "\r\nContent-Length: -5", "{}".getBytes(UTF_8)));
        requests.add(RawHttp.request(json + "\r\nContent-Length: 2\r\nTransfer-Encoding: chunked",
                "2\r\n{}\r\n0\r\n\r\n".getBytes(UTF_8)));
        requests.add(RawHttp.request("GET /api/web/sessions/%ZZ/messages HTTP/1.1", new byte[0]));
        requests.add(RawHttp.request("GET /api/web/sessions/%00/export HTTP/1.1", new byte[0]));
        requests.add(RawHttp.request("GET /" + "a".repeat(20_000) + " HTTP/1.1", new byte[0]));
        requests.add(RawHttp.request("GET /health HTTP/1.1\r\nX-Big: " + "b".repeat(40_000), new byte[0]));
        requests.add(RawHttp.request("BREW /health HTTP/1.1", new byte[0]));
        requests.add(RawHttp.request("GET /health HTTP/9.9", new byte[0]));
        requests.add(RawHttp.request("GET /health HTTP/1.1\r\nBad Header Line", new byte[0]));
        requests.add(RawHttp.request("POST /api/console/login HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Cookie: doyak_staff=" + "x".repeat(5_000) + "\r\nContent-Length: 2", "{}".getBytes(UTF_8)));
        byte[] garbage = new byte[2_000];
        random.nextBytes(garbage);
        requests.add(garbage);
        requests.add(("GET /health HTTP/1.1\r\nHost: \u00ff\u00fe\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
        return requests;
    }
}
