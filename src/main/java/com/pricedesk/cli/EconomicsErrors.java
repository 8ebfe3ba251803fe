package com.pricedesk.cli;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.cost.fees.UnknownCategoryException;

/** Input errors of {@code fees} and {@code quote} in the chosen language. */
final class EconomicsErrors {
    private EconomicsErrors() {
    }

    static String message(IllegalArgumentException e, Messages msg) {
        if (e instanceof UnknownCategoryException u) {
            return msg.get("cli.error.prefix", msg.get("economics.error.unknownCategory", u.category(),
                    String.join(", ", u.closest())));
        }
        return msg.get("cli.error.prefix", msg.get("economics.error.input", e.getMessage()));
    }
}
