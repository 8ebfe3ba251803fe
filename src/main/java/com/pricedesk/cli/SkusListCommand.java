package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code skus list}: one line per SKU, or {@code {"skus":[...]}} with {@code --json}. */
@Command(name = "list")
final class SkusListCommand implements Callable<Integer> {
    @ParentCommand
    SkusCommand skus;

    @Spec
    CommandSpec spec;

    @Option(names = "--tier", paramLabel = "T", descriptionKey = "cli.skus.list.tier")
    String tier;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.skus.list.limit")
    Integer limit;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = skus.root.messages();
        Optional<Tier> tierFilter;
        try {
            tierFilter = Optional.ofNullable(tier).map(Tier::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.error.tier", tier));
        }
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.error.limit", limit));
        }
        List<SkuOverview> rows;
        try (AppContext app = skus.root.openContext()) {
            rows = app.catalog().overview(tierFilter);
        }
        if (limit != null && rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(rows));
        } else {
            printTable(out, rows, msg);
        }
        return ExitCode.DONE;
    }

    private static ObjectNode toJson(List<SkuOverview> rows) {
        ObjectNode doc = Json.object();
        ArrayNode list = doc.putArray("skus");
        for (SkuOverview s : rows) {
            ObjectNode n = list.addObject();
            n.put("sku", s.sellerSku());
            n.put("asin", s.asin());
            n.put("title", s.title());
            n.put("local_title", s.localTitle());
            n.put("category", s.category());
            n.put("tier", s.tier().name().toLowerCase(Locale.ROOT));
            ArrayNode tags = n.putArray("tags");
            s.tags().forEach(tags::add);
            Json.putMoney(n, "price", s.price());
            Json.putMoney(n, "landed_cost", s.landedCost());
            if (s.marginPct() == null) {
                n.putNull("margin_pct");
            } else {
                n.put("margin_pct", s.marginPct().setScale(2, java.math.RoundingMode.HALF_UP));
            }
            Json.putMoney(n, "break_even", s.breakEven());
            Json.putMoney(n, "floor", s.floor());
            // No manual maximum is stored yet, so no ceiling is known.
            n.putNull("ceiling");
            n.put("below_floor_margin", s.belowFloorMargin());
        }
        return doc;
    }

    private static void printTable(PrintWriter out, List<SkuOverview> rows, Messages msg) {
        String format = "%-24s %-10s %-10s %9s %9s %8s %9s  %s%n";
        out.printf(format, msg.get("grid.sku"), msg.get("grid.asin"), msg.get("grid.tier"), msg.get("grid.price"),
                msg.get("grid.landedCost"), msg.get("grid.margin"), msg.get("grid.floor"), msg.get("grid.title"));
        for (SkuOverview s : rows) {
            out.printf(format, s.sellerSku(), s.asin(), msg.get(s.tier().messageKey()), money(s.price()),
                    money(s.landedCost()), s.marginPct() == null ? "—"
                            : s.marginPct().setScale(1, java.math.RoundingMode.HALF_UP) + "%",
                    money(s.floor()), s.title());
        }
        out.flush();
    }

    private static String money(Money m) {
        return m == null ? "—" : m.toPlainString();
    }
}
