package com.pricedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.RuleSetFormat;
import com.pricedesk.domain.rules.Action;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.BuyBoxCondition;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Condition;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.GoToMarginPrice;
import com.pricedesk.domain.rules.MatchPrice;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.OfferCondition;
import com.pricedesk.domain.rules.PriceTarget;
import com.pricedesk.domain.rules.RestoreRegularPrice;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.StepToward;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rule sets as JSON: snake_case names, enums in lower case, every number a string so that
 * percentages and prices stay exact (BigDecimal's own text form, which reads back to the same value
 * and scale). The same form is stored in the workspace and exported.
 */
public final class JsonRuleSetFormat implements RuleSetFormat {
    static final String FORMAT = "pricedesk-rules";
    static final int FORMAT_VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(RuleSet rules) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("format_version", FORMAT_VERSION);
        doc.put("rule_set_version", rules.version());
        rules.savedAt().ifPresent(t -> doc.put("saved_at", t.toString()));
        ArrayNode list = doc.putArray("rules");
        for (Rule r : rules.rules()) {
            ObjectNode n = list.addObject();
            n.put("id", r.id());
            n.put("name", r.name());
            n.put("priority", r.priority());
            n.put("enabled", r.enabled());
            ObjectNode scope = n.putObject("scope");
            strings(scope.putArray("tiers"), r.scope().tiers().stream().map(JsonRuleSetFormat::code).sorted().toList());
            strings(scope.putArray("tags"), r.scope().tags().stream().sorted().toList());
            strings(scope.putArray("categories"), r.scope().categories().stream().sorted().toList());
            strings(scope.putArray("skus"), r.scope().skus().stream().sorted().toList());
            ObjectNode conditions = n.putObject("conditions");
            conditions.put("match", code(r.conditions().match()));
            ArrayNode cl = conditions.putArray("list");
            for (Condition c : r.conditions().list()) {
                ObjectNode cn = cl.addObject();
                if (c instanceof FactCondition f) {
                    cn.put("type", "fact");
                    cn.put("fact", code(f.fact()));
                    cn.put("comparison", code(f.comparison()));
                    cn.put("value", f.threshold().toString());
                } else if (c instanceof BuyBoxCondition b) {
                    cn.put("type", "buy_box");
                    cn.put("held", b.held());
                }
            }
            ObjectNode comp = n.putObject("competitors");
            strings(comp.putArray("conditions"), r.competitors().conditions().stream().sorted()
                    .map(JsonRuleSetFormat::code).toList());
            r.competitors().channel().ifPresentOrElse(ch -> comp.put("channel", code(ch)), () -> comp.putNull("channel"));
            r.competitors().minFeedbackRatingPct().ifPresentOrElse(v -> comp.put("min_feedback_rating_pct", v.toString()),
                    () -> comp.putNull("min_feedback_rating_pct"));
            r.competitors().maxHandlingDays().ifPresentOrElse(v -> comp.put("max_handling_days", v),
                    () -> comp.putNull("max_handling_days"));
            writeAction(n.putObject("action"), r.action());
            r.minMarginPct().ifPresentOrElse(m -> n.put("min_margin_pct", m.toString()), () -> n.putNull("min_margin_pct"));
        }
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the rules as JSON", e);
        }
    }

    private static void writeAction(ObjectNode a, Action action) {
        if (action instanceof MatchPrice m) {
            a.put("type", "match");
            a.put("target", code(m.target()));
            m.beatBy().ifPresentOrElse(b -> adjustment(a.putObject("beat_by"), b), () -> a.putNull("beat_by"));
        } else if (action instanceof MoveBy m) {
            a.put("type", "move_by");
            adjustment(a.putObject("by"), m.by());
        } else if (action instanceof GoToMarginPrice g) {
            a.put("type", "margin_price");
            a.put("margin_pct", g.marginPct().toString());
        } else if (action instanceof StepToward s) {
            a.put("type", "step_toward");
            a.put("target", s.target().amount().toString());
            adjustment(a.putObject("step"), s.step());
        } else if (action instanceof RestoreRegularPrice) {
            a.put("type", "restore_regular_price");
        }
    }

    private static void adjustment(ObjectNode n, Adjustment a) {
        n.put("kind", code(a.kind()));
        n.put("value", a.value().toString());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public RuleSet read(String text) {
        JsonNode doc;
        try {
            doc = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RuleFormatException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (doc == null || !doc.isObject()) {
            throw new RuleFormatException("Expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(doc.path("format").asText())) {
            throw new RuleFormatException("This is not a PriceDesk rules file: \"format\" must be \"" + FORMAT + "\"");
        }
        int formatVersion = doc.path("format_version").asInt(-1);
        if (formatVersion != FORMAT_VERSION) {
            throw new RuleFormatException("Rules file format_version " + formatVersion
                    + " is not supported; this PriceDesk reads version " + FORMAT_VERSION);
        }
        JsonNode rules = doc.path("rules");
        if (!rules.isArray()) {
            throw new RuleFormatException("\"rules\" must be a list");
        }
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            out.add(readRule(rules.get(i), "rules[" + i + "]"));
        }
        int version = doc.path("rule_set_version").asInt(0);
        Optional<Instant> savedAt = Optional.empty();
        if (doc.hasNonNull("saved_at")) {
            try {
                savedAt = Optional.of(Instant.parse(doc.get("saved_at").asText()));
            } catch (DateTimeParseException e) {
                throw new RuleFormatException("saved_at: not an ISO-8601 instant: " + doc.get("saved_at").asText(), e);
            }
        }
        try {
            return new RuleSet(Math.max(version, 0), savedAt, out);
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(e.getMessage(), e);
        }
    }

    private Rule readRule(JsonNode n, String at) {
        String id = text(n, "id", at);
        String name = n.hasNonNull("name") ? n.get("name").asText() : id;
        if (!n.path("priority").canConvertToInt()) {
            throw new RuleFormatException(at + ".priority: a whole number is required");
        }
        JsonNode s = n.path("scope");
        RuleScope scope = new RuleScope(enums(s.path("tiers"), Tier.class, at + ".scope.tiers"),
                texts(s.path("tags")), texts(s.path("categories")), texts(s.path("skus")));
        JsonNode c = n.path("conditions");
        Conditions.Match match = c.hasNonNull("match") ? enumValue(c.get("match").asText(), Conditions.Match.class,
                at + ".conditions.match") : Conditions.Match.ALL;
        List<Condition> conditions = new ArrayList<>();
        JsonNode list = c.path("list");
        for (int i = 0; i < list.size(); i++) {
            conditions.add(readCondition(list.get(i), at + ".conditions.list[" + i + "]"));
        }
        JsonNode comp = n.path("competitors");
        Set<OfferCondition> offerConditions = enums(comp.path("conditions"), OfferCondition.class,
                at + ".competitors.conditions");
        CompetitorFilter filter = new CompetitorFilter(offerConditions.isEmpty() ? null : offerConditions,
                optional(comp, "channel", v -> enumValue(v, Channel.class, at + ".competitors.channel")),
                optional(comp, "min_feedback_rating_pct", v -> decimal(v, at + ".competitors.min_feedback_rating_pct")),
                optional(comp, "max_handling_days", v -> (int) decimal(v, at + ".competitors.max_handling_days")
                        .intValueExact()));
        try {
            return new Rule(id, name, scope, new Conditions(match, conditions), filter,
                    readAction(n.path("action"), at + ".action"),
                    optional(n, "min_margin_pct", v -> decimal(v, at + ".min_margin_pct")), n.get("priority").asInt(),
                    !n.has("enabled") || n.get("enabled").asBoolean());
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(at + ": " + e.getMessage(), e);
        }
    }

    private Condition readCondition(JsonNode n, String at) {
        String type = text(n, "type", at);
        return switch (type) {
            case "fact" -> new FactCondition(enumValue(text(n, "fact", at), Fact.class, at + ".fact"),
                    enumValue(text(n, "comparison", at), Comparison.class, at + ".comparison"),
                    decimal(text(n, "value", at), at + ".value"));
            case "buy_box" -> new BuyBoxCondition(n.path("held").asBoolean(true));
            default -> throw new RuleFormatException(at + ".type: unknown condition '" + type + "' (use fact or buy_box)");
        };
    }

    private Action readAction(JsonNode n, String at) {
        if (!n.isObject()) {
            throw new RuleFormatException(at + ": every rule needs an action");
        }
        String type = text(n, "type", at);
        try {
            return switch (type) {
                case "match" -> new MatchPrice(enumValue(text(n, "target", at), PriceTarget.class, at + ".target"),
                        n.hasNonNull("beat_by") ? Optional.of(readAdjustment(n.get("beat_by"), at + ".beat_by"))
                                : Optional.empty());
                case "move_by" -> new MoveBy(readAdjustment(n.path("by"), at + ".by"));
                case "margin_price" -> new GoToMarginPrice(decimal(text(n, "margin_pct", at), at + ".margin_pct"));
                case "step_toward" -> new StepToward(Money.usd(decimal(text(n, "target", at), at + ".target")),
                        readAdjustment(n.path("step"), at + ".step"));
                case "restore_regular_price" -> new RestoreRegularPrice();
                default -> throw new RuleFormatException(at + ".type: unknown action '" + type
                        + "' (use match, move_by, margin_price, step_toward or restore_regular_price)");
            };
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(at + ": " + e.getMessage(), e);
        }
    }

    private Adjustment readAdjustment(JsonNode n, String at) {
        return new Adjustment(enumValue(text(n, "kind", at), Adjustment.Kind.class, at + ".kind"),
                decimal(text(n, "value", at), at + ".value"));
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new RuleFormatException(at + "." + field + " is missing");
        }
        return v.asText();
    }

    private static BigDecimal decimal(String v, String at) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw new RuleFormatException(at + ": '" + v + "' is not a number", e);
        }
    }

    private static <T> Optional<T> optional(JsonNode n, String field, Function<String, T> parse) {
        return n.hasNonNull(field) ? Optional.of(parse.apply(n.get(field).asText())) : Optional.empty();
    }

    private static <E extends Enum<E>> E enumValue(String v, Class<E> type, String at) {
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = EnumSet.allOf(type).stream().map(JsonRuleSetFormat::code).toList();
            throw new RuleFormatException(at + ": '" + v + "' is not one of " + allowed, e);
        }
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type, String at) {
        Set<E> out = EnumSet.noneOf(type);
        for (int i = 0; i < array.size(); i++) {
            out.add(enumValue(array.get(i).asText(), type, at + "[" + i + "]"));
        }
        return out;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
