package com.pricedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.RegularPriceService.InvalidRegularPrice;
import com.pricedesk.app.repricing.UnknownSkuException;
import com.pricedesk.domain.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skus regular-price --sku SKU [--price P | --clear] [--json]}: shows, sets or clears the SKU's
 * regular price (常规售价), the price the "restore the regular price" action returns to.
 */
@Command(name = "regular-price")
final class SkusRegularPriceCommand implements Callable<Integer> {
    @ParentCommand
    SkusCommand skus;

    @Spec
    CommandSpec spec;

    @Option(names = "--sku", paramLabel = "SKU", required = true, descriptionKey = "cli.skus.regularPrice.sku")
    String sku;

    @Option(names = "--price", paramLabel = "P", descriptionKey = "cli.skus.regularPrice.price")
    String price;

    @Option(names = "--clear", descriptionKey = "cli.skus.regularPrice.clear")
    boolean clear;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() {
        Messages msg = skus.root.messages();
        PrintWriter err = spec.commandLine().getErr();
        if (price != null && clear) {
            throw new ParameterException(spec.commandLine(), msg.get("cli.skus.regularPrice.error.both"));
        }
        BigDecimal amount = null;
        if (price != null) {
            try {
                amount = new BigDecimal(price.trim());
            } catch (NumberFormatException e) {
                err.println(msg.get("cli.skus.regularPrice.error.number", sku, price));
                err.flush();
                return ExitCode.INPUT_REJECTED;
            }
        }
        Optional<Money> now;
        try (AppContext app = skus.root.openContext()) {
            var service = app.regularPrices();
            if (amount != null) {
                now = Optional.of(service.set(sku, amount));
            } else if (clear) {
                service.clear(sku);
                now = Optional.empty();
            } else {
                now = service.regularPrice(sku);
            }
        } catch (UnknownSkuException e) {
            err.println(msg.get("cli.reprice.error.sku", e.sellerSku()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        } catch (InvalidRegularPrice e) {
            String key = switch (e.problem()) {
                case NOT_POSITIVE -> "cli.skus.regularPrice.error.notPositive";
                case MORE_THAN_CENTS -> "cli.skus.regularPrice.error.cents";
                case ABOVE_SANITY_MAX -> "cli.skus.regularPrice.error.sanityMax";
            };
            err.println(msg.get(key, sku, e.price().toPlainString(), e.sanityMax().toPlainString()));
            err.flush();
            return ExitCode.INPUT_REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("sku", sku);
            Json.putMoney(doc, "regular_price", now.orElse(null));
            Json.print(out, doc);
        } else {
            out.println(now.map(m -> msg.get("cli.skus.regularPrice.is", sku, m.toPlainString()))
                    .orElseGet(() -> msg.get("cli.skus.regularPrice.none", sku)));
            out.flush();
        }
        return ExitCode.DONE;
    }
}
