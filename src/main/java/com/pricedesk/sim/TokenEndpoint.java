package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code POST /auth/o2/token}: the LWA refresh-token grant, form-encoded (or JSON, as Amazon's SDK sends). */
final class TokenEndpoint implements SimEndpoint {
    private final SimAuthority authority;
    private final ObjectMapper json;
    private final long expiresInSeconds;

    TokenEndpoint(SimAuthority authority, ObjectMapper json, long expiresInSeconds) {
        this.authority = authority;
        this.json = json;
        this.expiresInSeconds = expiresInSeconds;
    }

    @Override
    public void handle(SimExchange ex) throws IOException {
        String contentType = String.valueOf(ex.header("Content-Type"));
        Map<String, String> fields = new java.util.HashMap<>();
        if (contentType.startsWith("application/json")) {
            JsonNode n = ex.jsonBody();
            if (n != null) {
                n.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            }
        } else {
            SimExchange.parseQuery(ex.body()).forEach((k, v) -> fields.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        SimAuthority.Grant grant = authority.exchange(fields.get("grant_type"), fields.get("refresh_token"),
                fields.get("client_id"), fields.get("client_secret"));
        ObjectNode out = json.createObjectNode();
        if (grant.accessToken() == null) {
            out.put("error", grant.error());
            out.put("error_description", grant.errorDescription());
            ex.sendJson("invalid_client".equals(grant.error()) ? 401 : 400, out, Map.of());
            return;
        }
        out.put("access_token", grant.accessToken());
        out.put("refresh_token", fields.get("refresh_token"));
        out.put("token_type", "bearer");
        out.put("expires_in", expiresInSeconds);
        ex.sendJson(200, out, Map.of());
    }

    static List<String> path() {
        return List.of("auth", "o2", "token");
    }
}
