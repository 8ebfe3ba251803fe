package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.economics.SkuQuote;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.WaterfallLine;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quote}: unit economics of one SKU: waterfall, profit, margin, ROI, break-even and floor. */
@Command(name = "quote", mixinStandardHelpOptions = true)
final class QuoteCommand implements Callable<Integer> {
    /** Waterfall lines that make up the landed cost; the rest are Amazon fees, except advertising. */
    private static final Set<String> LANDED = Set.of("purchase", "freight", "tariff", "handling");
    private static final String ADVERTISING = "advertising";

    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "cli.quote.sku")
    String sku;

    @Option(names = "--price", paramLabel = "P", descriptionKey = "cli.quote.price")
    BigDecimal price;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.quote.date")
    LocalDate date;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        try (AppContext app = root.openContext()) {
            SkuQuote q;
            try {
                q = app.economics().quote(sku, Optional.ofNullable(price).map(Money::usd),
                        date != null ? date : app.economics().today());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(EconomicsErrors.message(e, msg));
                spec.commandLine().getErr().flush();
                return ExitCode.INPUT_REJECTED;
            }
            if (json) {
                Json.print(spec.commandLine().getOut(), toJson(q));
            } else {
                printText(q, msg);
            }
            return ExitCode.DONE;
        }
    }

    private static ObjectNode toJson(SkuQuote q) {
        Waterfall w = q.waterfall();
        ObjectNode n = Json.object();
        n.put("sku", q.sku().sellerSku());
        n.put("date", q.date().toString());
        Json.putMoney(n, "price", w.price());
        Json.putMoney(n, "landed_cost", w.landedCost());
        ObjectNode fees = n.putObject("fees");
        Money feeTotal = Money.zero(Money.USD);
        for (WaterfallLine l : w.lines()) {
            if (!LANDED.contains(l.key()) && !ADVERTISING.equals(l.key())) {
                Json.putMoney(fees, l.key(), l.amount());
                feeTotal = feeTotal.plus(l.amount());
            }
        }
        Json.putMoney(fees, "total", feeTotal);
        Json.putMoney(n, "advertising", w.sum(ADVERTISING));
        Json.putMoney(n, "profit", w.profit());
        EconomicsJson.putPct(n, "margin_pct", w.marginPct());
        EconomicsJson.putPct(n, "roi_pct", w.roiPct().orElse(null));
        putSolved(n, "break_even", q.breakEven());
        putSolved(n, "floor", q.floor());
        n.putNull("ceiling");
        EconomicsJson.putPct(n, "floor_margin_pct", q.floorMargin().pct());
        n.put("floor_margin_source", q.floorMargin().setBySeller() ? "setting" : "default");
        n.put("size_tier", q.economics().fbaFee().size().tier().id());
        n.put("shipping_weight_lb", q.economics().fbaFee().size().billingWeightLb());
        ObjectNode fx = n.putObject("fx_rate");
        fx.put("date", q.fxRate().date().toString());
        fx.put("cny_per_usd", q.fxRate().cnyPerUsd().toPlainString());
        ArrayNode lines = n.putArray("waterfall");
        for (WaterfallLine l : w.lines()) {
            ObjectNode line = lines.addObject();
            line.put("line", l.key());
            Json.putMoney(line, "amount", l.amount());
            line.put("source", l.source());
        }
        if (w.roundingDifference().amount().signum() != 0) {
            ObjectNode line = lines.addObject();
            line.put("line", "rounding");
            Json.putMoney(line, "amount", w.roundingDifference().times(BigDecimal.ONE.negate()));
            line.put("source", "each line is rounded to the cent for display; profit is computed unrounded");
        }
        EconomicsJson.putVersions(n, q.economics().schedule().versions());
        return n;
    }

    private static void putSolved(ObjectNode n, String field, SolvedPrice solved) {
        if (solved instanceof SolvedPrice.Reached r) {
            Json.putMoney(n, field, r.price());
        } else {
            n.putNull(field);
            n.put(field + "_note", ((SolvedPrice.Unreachable) solved).reason());
        }
    }

    private void printText(SkuQuote q, Messages msg) {
        PrintWriter out = spec.commandLine().getOut();
        Waterfall w = q.waterfall();
        String f = "%-36s %10s  %s%n";
        out.printf("%s  %s  %s%n", q.sku().sellerSku(), q.sku().title(), q.date());
        out.printf(f, msg.get("economics.price"), w.price().toPlainString(), "");
        List<WaterfallLine> lines = w.lines();
        for (WaterfallLine l : lines) {
            out.printf(f, "  − " + msg.get("economics.line." + l.key()), l.amount().toPlainString(), l.source());
        }
        if (w.roundingDifference().amount().signum() != 0) {
            out.printf(f, "  " + msg.get("economics.line.rounding"),
                    w.roundingDifference().times(BigDecimal.ONE.negate()).toPlainString(), "");
        }
        out.printf(f, msg.get("economics.profit"), w.profit().toPlainString(), "");
        out.printf(f, msg.get("economics.margin"), w.marginPct().toPlainString() + "%", "");
        out.printf(f, msg.get("economics.roi"), w.roiPct().map(r -> r.toPlainString() + "%").orElse("—"), "");
        out.printf(f, msg.get("economics.breakEven"), solved(q.breakEven()), "");
        out.printf(f, msg.get("economics.floor"), solved(q.floor()),
                msg.get("economics.floor.basis", q.floorMargin().pct().toPlainString(),
                        msg.get(q.sku().tier().messageKey())));
        out.flush();
    }

    private static String solved(SolvedPrice s) {
        return s instanceof SolvedPrice.Reached r ? r.price().toPlainString()
                : "— " + ((SolvedPrice.Unreachable) s).reason();
    }
}
