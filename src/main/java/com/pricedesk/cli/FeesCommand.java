package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.economics.FeeQuote;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.LengthUnit;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fees}: Amazon US fees for one item, from inches/pounds or centimetres/kilograms. */
@Command(name = "fees", mixinStandardHelpOptions = true)
final class FeesCommand implements Callable<Integer> {
    @ParentCommand
    PriceDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--price", paramLabel = "P", required = true, descriptionKey = "cli.fees.price")
    BigDecimal price;

    @Option(names = "--category", paramLabel = "C", required = true, descriptionKey = "cli.fees.category")
    String category;

    @Option(names = "--length-in", paramLabel = "L", descriptionKey = "cli.fees.length-in")
    BigDecimal lengthIn;
    @Option(names = "--width-in", paramLabel = "W", descriptionKey = "cli.fees.width-in")
    BigDecimal widthIn;
    @Option(names = "--height-in", paramLabel = "H", descriptionKey = "cli.fees.height-in")
    BigDecimal heightIn;
    @Option(names = "--weight-lb", paramLabel = "X", descriptionKey = "cli.fees.weight-lb")
    BigDecimal weightLb;

    @Option(names = "--length-cm", paramLabel = "L", descriptionKey = "cli.fees.length-cm")
    BigDecimal lengthCm;
    @Option(names = "--width-cm", paramLabel = "W", descriptionKey = "cli.fees.width-cm")
    BigDecimal widthCm;
    @Option(names = "--height-cm", paramLabel = "H", descriptionKey = "cli.fees.height-cm")
    BigDecimal heightCm;
    @Option(names = "--weight-kg", paramLabel = "X", descriptionKey = "cli.fees.weight-kg")
    BigDecimal weightKg;

    @Option(names = "--apparel", descriptionKey = "cli.fees.apparel")
    boolean apparel;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.fees.date")
    LocalDate date;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = root.messages();
        boolean imperial = lengthIn != null || widthIn != null || heightIn != null || weightLb != null;
        boolean metric = lengthCm != null || widthCm != null || heightCm != null || weightKg != null;
        if (imperial && metric) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.fees.error.mixedUnits"));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = root.openContext()) {
            Dimensions dims;
            Weight weight;
            try {
                dims = imperial ? dims(lengthIn, widthIn, heightIn, LengthUnit.IN, "in", msg)
                        : dims(lengthCm, widthCm, heightCm, LengthUnit.CM, "cm", msg);
                weight = imperial ? weight(weightLb, WeightUnit.LB, "--weight-lb", msg)
                        : weight(weightKg, WeightUnit.KG, metric ? "--weight-kg" : "--weight-lb / --weight-kg", msg);
                FeeQuote q = app.economics().fees(Money.usd(price), category, dims, weight, apparel,
                        date != null ? date : app.economics().today());
                print(q, msg);
                return ExitCode.DONE;
            } catch (IllegalArgumentException e) {
                err.println(EconomicsErrors.message(e, msg));
                err.flush();
                return ExitCode.INPUT_REJECTED;
            }
        }
    }

    private static Dimensions dims(BigDecimal l, BigDecimal w, BigDecimal h, LengthUnit unit, String suffix,
                                   Messages msg) {
        requireGiven(l, "--length-" + suffix, msg);
        requireGiven(w, "--width-" + suffix, msg);
        requireGiven(h, "--height-" + suffix, msg);
        return Dimensions.of(l, w, h, unit);
    }

    private static Weight weight(BigDecimal value, WeightUnit unit, String option, Messages msg) {
        requireGiven(value, option, msg);
        return Weight.of(value, unit);
    }

    private static void requireGiven(BigDecimal v, String option, Messages msg) {
        if (v == null) {
            throw new IllegalArgumentException(msg.get("cli.fees.error.missing", option));
        }
    }

    private void print(FeeQuote q, Messages msg) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("date", q.date().toString());
            Json.putMoney(n, "price", q.price());
            n.put("category", q.category());
            n.put("size_tier", q.size().tier().id());
            n.put("overmax", q.size().overmax());
            n.put("shipping_weight_lb", q.size().billingWeightLb());
            n.put("price_band", q.band().id());
            Json.putMoney(n, "fba_fee", q.fbaFee());
            Json.putMoney(n, "fba_rate_card_fee", Money.usd(q.fbaRateCardFee().amount()));
            Json.putMoney(n, "fuel_surcharge", q.fuelSurcharge());
            n.put("fba_fee_table", q.fbaRateCardFee().tableId());
            n.put("fba_fee_note", q.fbaRateCardFee().note());
            Json.putMoney(n, "referral_fee", q.referralFee());
            EconomicsJson.putPct(n, "referral_rate_pct", q.referralRatePct());
            Json.putMoney(n, "closing_fee", q.closingFee());
            EconomicsJson.putVersions(n, q.versions());
            Json.print(out, n);
            return;
        }
        String f = "%-28s %s%n";
        out.printf(f, msg.get("economics.sizeTier"), msg.get(q.size().tier().messageKey())
                + (q.size().overmax() ? " (Overmax)" : ""));
        out.printf(f, msg.get("economics.shippingWeight"), q.size().billingWeightLb().toPlainString() + " lb");
        out.printf(f, msg.get("economics.line.fba"), Money.usd(q.fbaRateCardFee().amount()).toPlainString() + "  ("
                + q.fbaRateCardFee().tableId()
                + (q.fbaRateCardFee().note().isEmpty() ? "" : "; " + q.fbaRateCardFee().note()) + ")");
        if (q.fuelSurcharge().amount().signum() != 0) {
            out.printf(f, "  " + msg.get("economics.line.fuel_surcharge"), q.fuelSurcharge().toPlainString() + "  "
                    + msg.get("economics.fuelSurcharge.label"));
        }
        out.printf(f, msg.get("economics.line.referral"), q.referralFee().toPlainString() + "  ("
                + q.referralRatePct().stripTrailingZeros().toPlainString() + "%, " + q.category() + ")");
        if (q.closingFee().amount().signum() != 0) {
            out.printf(f, msg.get("economics.line.closing"), q.closingFee().toPlainString());
        }
        out.printf(f, msg.get("economics.feeSchedule"), String.join(", ", q.versions().values()));
        out.flush();
    }
}
