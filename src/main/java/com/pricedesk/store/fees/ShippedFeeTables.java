package com.pricedesk.store.fees;

import com.pricedesk.domain.cost.fees.FeeSchedules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The fee tables shipped inside the application ({@code /fees/us-fee-tables.json}), parsed once. */
public final class ShippedFeeTables {
    public static final String RESOURCE = "/fees/us-fee-tables.json";
    private static final Logger log = LoggerFactory.getLogger(ShippedFeeTables.class);

    private ShippedFeeTables() {
    }

    public static FeeSchedules load() {
        try (InputStream in = ShippedFeeTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped fee tables " + RESOURCE + " are missing from the build");
            }
            FeeSchedules s = new FeeTablesJson().read(in);
            log.debug("Loaded shipped fee tables: {} fulfillment, {} referral versions", s.fulfillmentTables().size(),
                    s.referralTables().size());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the shipped fee tables " + RESOURCE, e);
        }
    }
}
