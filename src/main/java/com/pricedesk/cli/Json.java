package com.pricedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;

/** JSON output of the CLI: exactly one document on stdout, money as 2-decimal strings. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Money as {@code "19.99"}, or JSON null when unknown. */
    static void putMoney(ObjectNode node, String field, Money money) {
        if (money == null) {
            node.putNull(field);
        } else {
            node.put(field, money.toPlainString());
        }
    }

    static void print(PrintWriter out, ObjectNode document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON output", e);
        }
    }
}
