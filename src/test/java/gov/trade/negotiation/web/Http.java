package gov.trade.negotiation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for tests: never follows redirects, so a sign-in redirect shows as 302. */
public record Http(int port) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET as a browser asks for a page, so anonymous visitors are sent to the sign-in form. */
    public HttpResponse<String> page(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> postJson(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public HttpResponse<String> putJson(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public HttpResponse<String> delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /**
     * A form post as a browser sends it: a page first ({@code /inbox}, whose sign-out form carries the CSRF token) for
     * the session cookie and the token, then the form with both. Anonymous visitors post without a token.
     */
    public HttpResponse<String> formPost(String user, String path, String form) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String body = form == null ? "" : form;
        if (user != null) {
            String page = send(browser, user, HttpRequest.newBuilder(uri("/inbox")).header("Accept", "text/html").GET())
                    .body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on /inbox for " + user);
            }
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        return send(browser, user, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        return send(CLIENT, user, request);
    }

    private static HttpResponse<String> send(HttpClient client, String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
