package com.pricedesk.domain.cost.fees;

import java.time.LocalDate;

/** No version of a fee table covers the requested date: the quote cannot be made, and says why. */
public final class NoFeeTableException extends IllegalArgumentException {
    public NoFeeTableException(String what, LocalDate date, String covered) {
        super("No " + what + " table covers " + date + " (the tables cover: " + covered + ")");
    }
}
