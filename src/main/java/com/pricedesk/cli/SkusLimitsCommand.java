package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.repricing.PriceSettingsService.InvalidPriceSetting;
import com.pricedesk.app.repricing.UnknownSkuException;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skus limits --sku SKU [--min P | --clear-min] [--max P | --clear-max] [--json]}: shows, sets or
 * clears the SKU's manual minimum (最低价, raises the guardrail floor) and manual maximum (封顶价, the
 * ceiling). Both are checked together: a minimum above the maximum is refused with nothing stored.
 */
@Command(name = "limits")
final class SkusLimitsCommand implements Callable<Integer> {
    @ParentCommand
    SkusCommand skus;

    @Spec
    CommandSpec spec;

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "cli.skus.limits.sku")
    String sku;

    @Option(names = "--min", paramLabel = "P", descriptionKey = "cli.skus.limits.min")
    String min;

    @Option(names = "--clear-min", descriptionKey = "cli.skus.limits.clearMin")
    boolean clearMin;

    @Option(names = "--max", paramLabel = "P", descriptionKey = "cli.skus.limits.max")
    String max;

    @Option(names = "--clear-max", descriptionKey = "cli.skus.limits.clearMax")
    boolean clearMax;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = skus.root.messages();
        PrintWriter err = spec.commandLine().getErr();
        if (min != null && clearMin) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.skus.limits.error.bothMin"));
        }
        if (max != null && clearMax) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.skus.limits.error.bothMax"));
        }
        Map<PriceSettingField, Optional<BigDecimal>> changes = new EnumMap<>(PriceSettingField.class);
        for (var e : Map.of(PriceSettingField.MIN, Optional.ofNullable(min),
                PriceSettingField.MAX, Optional.ofNullable(max)).entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            try {
                changes.put(e.getKey(), Optional.of(new BigDecimal(e.getValue().get().trim())));
            } catch (NumberFormatException ex) {
                err.println(msg.get("cli.skus.limits.error.number", sku, e.getValue().get()));
                err.flush();
                return ExitCode.INPUT_REJECTED;
            }
        }
        if (clearMin) {
            changes.put(PriceSettingField.MIN, Optional.empty());
        }
        if (clearMax) {
            changes.put(PriceSettingField.MAX, Optional.empty());
        }
        PriceSettings now;
        Optional<Money> current;
        try (AppContext app = skus.root.openContext()) {
            var service = app.priceSettings();
            now = changes.isEmpty() ? service.settings(sku) : service.change(sku, changes).after();
            current = service.currentPrice(sku);
        } catch (UnknownSkuException e) {
            err.println(msg.get("cli.reprice.error.sku", e.sellerSku()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        } catch (InvalidPriceSetting e) {
            err.println(switch (e.problem()) {
                case NOT_POSITIVE -> msg.get("cli.skus.limits.error.notPositive", sku, e.value().toPlainString());
                case MORE_THAN_CENTS -> msg.get("cli.skus.limits.error.cents", sku, e.value().toPlainString());
                case ABOVE_SANITY_MAX -> msg.get("cli.skus.limits.error.sanityMax", sku, e.value().toPlainString(),
                        e.sanityMax().toPlainString());
                case MIN_ABOVE_MAX -> msg.get("cli.skus.limits.error.minAboveMax", sku,
                        e.wouldBe().manualMin().toPlainString(), e.wouldBe().manualMax().toPlainString());
            });
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("sku", sku);
            Json.putMoney(doc, "min_price", now.manualMin());
            Json.putMoney(doc, "max_price", now.manualMax());
            Json.putMoney(doc, "regular_price", now.regularPrice());
            Json.print(out, doc);
        } else {
            out.println(msg.get("cli.skus.limits.is", sku, shown(msg, now.manualMin()), shown(msg, now.manualMax())));
            if (now.regularOutsideLimits()) {
                out.println(msg.get("cli.skus.limits.regularOutside", now.regularPrice().toPlainString(), sku));
            }
            // Nothing moves the current price now: the engine's next change for the SKU respects the limit.
            Money price = current.orElse(null);
            if (now.belowMinimum(price)) {
                out.println(msg.get("cli.skus.limits.priceBelowMin", price.toPlainString(),
                        now.manualMin().toPlainString()));
            } else if (now.aboveMaximum(price)) {
                out.println(msg.get("cli.skus.limits.priceAboveMax", price.toPlainString(),
                        now.manualMax().toPlainString()));
            }
            out.flush();
        }
        return ExitCode.DONE;
    }

    private static String shown(Messages msg, Money m) {
        return m == null ? msg.get("cli.skus.limits.none") : "$" + m.toPlainString();
    }
}
