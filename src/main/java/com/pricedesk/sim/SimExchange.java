package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One HTTP request to the simulator, with Amazon-style JSON answers. */
final class SimExchange {
    private final HttpExchange exchange;
    private final ObjectMapper json;
    private final Map<String, List<String>> query;
    private final List<String> pathSegments;
    private String body;
    private boolean applyWrites = true;

    SimExchange(HttpExchange exchange, ObjectMapper json) {
        this.exchange = exchange;
        this.json = json;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.pathSegments = segments(exchange.getRequestURI().getRawPath());
    }

    /** False when a fault says to acknowledge writes without applying them. */
    boolean applyWrites() {
        return applyWrites;
    }

    void applyWrites(boolean apply) {
        this.applyWrites = apply;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    List<String> path() {
        return pathSegments;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The first value of a query parameter, or null. */
    String query(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** A comma-separated query parameter (Amazon's array style), or an empty list. */
    List<String> queryList(String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    String body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return body;
    }

    /** The body as JSON, or null when it is not JSON. */
    JsonNode jsonBody() throws IOException {
        try {
            return json.readTree(body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    void sendJson(int status, JsonNode node, Map<String, String> headers) throws IOException {
        send(status, json.writeValueAsBytes(node), headers);
    }

    void sendBytes(int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void sendRaw(int status, String text) throws IOException {
        send(status, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Amazon's error body: {@code {"errors":[{"code","message","details"}]}}. */
    void sendError(int status, String code, String message) throws IOException {
        ObjectNode root = json.createObjectNode();
        ObjectNode e = root.putArray("errors").addObject();
        e.put("code", code);
        e.put("message", message);
        e.put("details", "");
        Map<String, String> headers = new LinkedHashMap<>();
        if (status == 429) {
            headers.put("x-amzn-ErrorType", "QuotaExceeded");
        }
        sendJson(status, root, headers);
    }

    private void send(int status, byte[] bytes, Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(decodePath(s));
            }
        }
        return out;
    }

    /** Percent-decoding only: in a path '+' is a plus sign, not a space. */
    static String decodePath(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static String decodeQuery(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
