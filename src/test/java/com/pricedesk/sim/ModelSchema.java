package com.pricedesk.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON answer against a definition of one of Amazon's Swagger 2.0 models: types, required
 * fields, enums, and (for closed objects) fields the model does not know, which is where a simulator
 * drifts first (PascalCase vs camelCase).
 */
final class ModelSchema {
    private final JsonNode root;

    private ModelSchema(JsonNode root) {
        this.root = root;
    }

    static ModelSchema load(String file) throws IOException {
        try (InputStream in = ModelSchema.class.getResourceAsStream("/spapi-models/" + file)) {
            return new ModelSchema(new ObjectMapper().readTree(in));
        }
    }

    List<String> validate(String definition, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root.path("definitions").path(definition), value, "$", problems);
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = root.at(ref.substring(1));
        }
        return schema;
    }

    private void check(JsonNode schemaIn, JsonNode value, String path, List<String> problems) {
        JsonNode schema = resolve(schemaIn);
        if (schema.isMissingNode()) {
            problems.add(path + ": unknown schema " + schemaIn);
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                checkPart(part, value, path, problems);
            }
            Set<String> known = new HashSet<>();
            for (JsonNode part : schema.get("allOf")) {
                collectProperties(resolve(part), known);
            }
            unknownFields(value, known, path, problems);
            return;
        }
        checkPart(schema, value, path, problems);
        if (isObject(schema) && schema.has("properties") && !schema.has("additionalProperties")) {
            Set<String> known = new HashSet<>();
            collectProperties(schema, known);
            unknownFields(value, known, path, problems);
        }
    }

    private void checkPart(JsonNode schemaIn, JsonNode value, String path, List<String> problems) {
        JsonNode schema = resolve(schemaIn);
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                checkPart(part, value, path, problems);
            }
            return;
        }
        String type = schema.path("type").asText(isObject(schema) ? "object" : "");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(path + ": expected an object, got " + value.getNodeType());
                    return;
                }
                for (JsonNode r : schema.path("required")) {
                    if (!value.has(r.asText())) {
                        problems.add(path + ": missing required field " + r.asText());
                    }
                }
                Iterator<String> names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    JsonNode prop = schema.path("properties").get(name);
                    if (prop != null) {
                        check(prop, value.get(name), path + "." + name, problems);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + ": expected a string, got " + value.getNodeType());
                } else if (schema.has("enum") && !contains(schema.get("enum"), value.asText())) {
                    problems.add(path + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": expected a number, got " + value.getNodeType());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": expected an integer, got " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": expected a boolean, got " + value.getNodeType());
                }
            }
            default -> {
                if (schema.has("enum") && !contains(schema.get("enum"), value.asText())) {
                    problems.add(path + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
                }
            }
        }
    }

    private static boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || (!schema.has("type") && schema.has("properties"));
    }

    private void collectProperties(JsonNode schema, Set<String> into) {
        schema.path("properties").fieldNames().forEachRemaining(into::add);
        for (JsonNode part : schema.path("allOf")) {
            collectProperties(resolve(part), into);
        }
    }

    private static void unknownFields(JsonNode value, Set<String> known, String path, List<String> problems) {
        if (!value.isObject() || known.isEmpty()) {
            return;
        }
        value.fieldNames().forEachRemaining(n -> {
            if (!known.contains(n)) {
                problems.add(path + ": field " + n + " is not in Amazon's model");
            }
        });
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
