package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.kpi.SkuKpiStatus;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        Map<String, SkuKpiStatus> status;
        try (AppContext app = skus.root.openContext()) {
            rows = app.catalog().overview(tierFilter);
            if (limit != null && rows.size() > limit) {
                rows = rows.subList(0, limit);
            }
            status = app.kpiStatus().forSellerSkus(rows.stream().map(SkuOverview::sellerSku).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(rows, status));
        } else {
            printTable(out, rows, status, msg);
        }
        return ExitCode.DONE;
    }

    private static ObjectNode toJson(List<SkuOverview> rows, Map<String, SkuKpiStatus> status) {
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
            Optional<SkuKpiStatus> k = Optional.ofNullable(status.get(s.sellerSku()));
            Json.putMoney(n, "floor", floor(s, k));
            // The seller's manual maximum (封顶价), bounded by Amazon's listing maximum; neither known: no ceiling.
            Json.putMoney(n, "ceiling", k.flatMap(SkusListCommand::ceiling).orElse(null));
            n.put("below_floor_margin", s.belowFloorMargin());
            Json.putMoney(n, "buy_box_price", k.flatMap(SkuKpiStatus::buyBoxPrice).orElse(null));
            Json.putMoney(n, "lowest_competitor_price", k.flatMap(SkuKpiStatus::lowestCompetitorPrice).orElse(null));
            n.put("kpi_status", k.map(x -> x.overall().name().toLowerCase(Locale.ROOT)).orElse("unknown"));
            Optional<Instant> asOf = k.flatMap(SkuKpiStatus::dataAsOf);
            if (asOf.isPresent()) {
                n.put("data_as_of", asOf.get().toString());
            } else {
                n.putNull("data_as_of");
            }
        }
        return doc;
    }

    private static void printTable(PrintWriter out, List<SkuOverview> rows, Map<String, SkuKpiStatus> status,
                                   Messages msg) {
        String format = "%-24s %-10s %-10s %9s %9s %8s %9s %9s %9s %-8s  %s%n";
        out.printf(format, msg.get("grid.sku"), msg.get("grid.asin"), msg.get("grid.tier"), msg.get("grid.price"),
                msg.get("grid.landedCost"), msg.get("grid.margin"), msg.get("grid.floor"), msg.get("grid.buyBox"),
                msg.get("grid.lowestCompetitor"), msg.get("grid.kpiStatus"), msg.get("grid.title"));
        for (SkuOverview s : rows) {
            Optional<SkuKpiStatus> k = Optional.ofNullable(status.get(s.sellerSku()));
            out.printf(format, s.sellerSku(), s.asin(), msg.get(s.tier().messageKey()), money(s.price()),
                    money(s.landedCost()), s.marginPct() == null ? "—"
                            : s.marginPct().setScale(1, java.math.RoundingMode.HALF_UP) + "%",
                    money(floor(s, k)), money(k.flatMap(SkuKpiStatus::buyBoxPrice).orElse(null)),
                    money(k.flatMap(SkuKpiStatus::lowestCompetitorPrice).orElse(null)),
                    msg.get("kpi.status." + k.map(x -> x.overall().name()).orElse("UNKNOWN").toLowerCase(Locale.ROOT)),
                    s.title());
        }
        out.flush();
    }

    /** The margin floor, raised to the seller's manual minimum (最低价) when that is higher. */
    private static Money floor(SkuOverview s, Optional<SkuKpiStatus> k) {
        Optional<Money> manual = k.flatMap(x -> x.limits().manualMin());
        if (manual.isEmpty()) {
            return s.floor();
        }
        return s.floor() == null || manual.get().compareTo(s.floor()) > 0 ? manual.get() : s.floor();
    }

    private static String money(Money m) {
        return m == null ? "—" : m.toPlainString();
    }

    /** min(manual maximum, Amazon's listing maximum), whichever are known. */
    private static Optional<Money> ceiling(SkuKpiStatus k) {
        Optional<Money> manual = k.limits().manualMax();
        Optional<Money> listing = k.facts().listingMaxPrice();
        if (manual.isPresent() && listing.isPresent()) {
            return Optional.of(manual.get().compareTo(listing.get()) <= 0 ? manual.get() : listing.get());
        }
        return manual.or(() -> listing);
    }
}
