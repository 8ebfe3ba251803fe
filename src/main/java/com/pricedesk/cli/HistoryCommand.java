package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history --sku SKU [--days N] [--json]}: the SKU's daily points, oldest first. */
@Command(name = "history")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--sku", required = true, paramLabel = "SKU", descriptionKey = "cli.history.sku")
    String sku;

    @Option(names = "--days", paramLabel = "N", descriptionKey = "cli.history.days")
    int days = 90;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        if (days < 1 || days > 3660) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.history.error.days", days));
        }
        List<SkuDay> points;
        try (AppContext app = root.openContext()) {
            if (app.catalog().overview(java.util.Optional.empty()).stream()
                    .noneMatch(s -> s.sellerSku().equals(sku))) {
                spec.commandLine().getErr().println(msg.get("cli.history.error.unknownSku", sku));
                return ExitCode.INPUT_REJECTED;
            }
            LocalDate today = LocalDate.ofInstant(app.clock().instant(), ZoneOffset.UTC);
            points = app.marketHistory().history(sku, today.minusDays(days - 1L), today);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(sku, points));
        } else {
            String format = "%-10s %9s %9s %9s %6s %8s %8s %9s %9s %7s%n";
            out.printf(format, msg.get("cli.history.date"), msg.get("cli.history.price"),
                    msg.get("cli.history.buyBox"), msg.get("cli.history.lowest"), msg.get("cli.history.units"),
                    msg.get("cli.history.sessions"), msg.get("cli.history.bsr"), msg.get("cli.history.adSpend"),
                    msg.get("cli.history.adSales"), msg.get("cli.history.inventory"));
            for (SkuDay d : points) {
                out.printf(format, d.day(), text(d.price()), text(d.buyBoxPrice()), text(d.lowestCompetitorPrice()),
                        text(d.units()), text(d.sessions()), text(d.bsr()), text(d.adSpend()), text(d.adSales()),
                        text(d.inventory()));
            }
            out.flush();
        }
        return ExitCode.DONE;
    }

    static ObjectNode toJson(String sku, List<SkuDay> points) {
        ObjectNode doc = Json.object();
        doc.put("sku", sku);
        ArrayNode list = doc.putArray("points");
        for (SkuDay d : points) {
            ObjectNode n = list.addObject();
            n.put("date", d.day().toString());
            money(n, "price", d.price());
            money(n, "buy_box_price", d.buyBoxPrice());
            money(n, "lowest_competitor_price", d.lowestCompetitorPrice());
            n.put("units", d.units());
            n.put("sessions", d.sessions());
            n.put("bsr", d.bsr());
            money(n, "ad_spend", d.adSpend());
            money(n, "ad_sales", d.adSales());
            n.put("inventory", d.inventory());
        }
        return doc;
    }

    private static void money(ObjectNode n, String field, BigDecimal amount) {
        Json.putMoney(n, field, amount == null ? null : Money.usd(amount));
    }

    private static String text(Object v) {
        return v == null ? "—" : v instanceof BigDecimal b ? b.setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() : v.toString();
    }
}
