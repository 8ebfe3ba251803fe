package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.domain.queue.QueuedChange;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The queue's changes as CLI.md's {@code {"changes":[...]}} and as text lines. */
final class QueueJson {
    private QueueJson() {
    }

    static ObjectNode changes(List<QueuedChange> list, Locale locale) {
        ObjectNode doc = Json.object();
        ArrayNode changes = doc.putArray("changes");
        for (QueuedChange c : list) {
            ObjectNode n = changes.addObject();
            n.put("id", c.id());
            n.put("sku", c.sellerSku());
            Json.putMoney(n, "old_price", c.oldPrice());
            Json.putMoney(n, "new_price", c.newPrice());
            n.put("state", c.state().name().toLowerCase(Locale.ROOT));
            n.put("reason", c.reason().in(locale));
            n.put("updated_at", c.updatedAt().atOffset(ZoneOffset.UTC).toString());
            n.put("created_at", c.createdAt().atOffset(ZoneOffset.UTC).toString());
            Json.putMoney(n, "floor", c.floor());
            Json.putMoney(n, "ceiling", c.ceiling());
            n.put("rule_id", c.ruleId());
            n.put("rule_set_version", c.ruleSetVersion());
            n.put("actor", c.actor());
            n.put("reason_en", c.reason().english());
            n.put("reason_zh", c.reason().chinese());
            n.put("feed_id", c.feedId().orElse(null));
            n.put("amazon_code", c.amazonCode().orElse(null));
            n.put("amazon_message", c.amazonMessage().orElse(null));
        }
        return doc;
    }

    static void text(PrintWriter out, List<QueuedChange> list, Locale locale) {
        for (QueuedChange c : list) {
            out.printf("%8d  %-24s %9s → %-9s %-10s %s%s%n", c.id(), c.sellerSku(), c.oldPrice().toPlainString(),
                    c.newPrice().toPlainString(), c.state().name().toLowerCase(Locale.ROOT), c.reason().in(locale),
                    c.amazonCode().map(code -> "  [" + code + " " + c.amazonMessage().orElse("") + "]").orElse(""));
        }
        out.flush();
    }
}
