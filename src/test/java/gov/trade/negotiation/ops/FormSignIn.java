package gov.trade.negotiation.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the sign-in form as a browser does (GET /login for the CSRF token, POST the form) and keeps the
 * session cookie, which can then be sent to any node.
 */
final class FormSignIn {

    static final String COOKIE = "SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private FormSignIn() {
    }

    /** Signs {@code user} (password demo or the given one) in at {@code baseUrl}; returns the session cookie's value. */
    static String signIn(String baseUrl, String user, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no sign-in form at " + baseUrl + ": " + form.statusCode());
        }
        String anonymousSession = cookie(form).orElseThrow(() -> new IllegalStateException("no session cookie"));
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", COOKIE + "=" + anonymousSession)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + signedIn.statusCode() + " " + location);
        }
        return cookie(signedIn).orElse(anonymousSession);
    }

    /** A page requested with the session cookie only: 200 while signed in, 302 to the sign-in form otherwise. */
    static HttpResponse<String> page(String baseUrl, String path, String session) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Cookie", COOKIE + "=" + session).timeout(Duration.ofSeconds(30)).GET());
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(COOKIE + "="))
                .map(cookie -> cookie.substring(COOKIE.length() + 1, cookie.indexOf(';') < 0 ? cookie.length()
                        : cookie.indexOf(';')))
                .findFirst();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
