package com.pricedesk.domain.cost;

import com.pricedesk.domain.cost.fees.PackageSize;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What unit economics needs about one SKU besides the price: its category and package (for Amazon's
 * fees), its landed cost, and the seller's expectations from the cost profile. Storage months may come
 * from days of cover ({@link StorageMonths}) instead of the profile.
 */
public record EconomicsInput(String category, PackageSize packageSize, boolean apparel, LandedCost landedCost,
                             CostProfile profile, BigDecimal storageMonths, OptionalInt inventoryAgeDays) {
    public EconomicsInput {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(packageSize, "package size");
        Objects.requireNonNull(landedCost, "landed cost");
        Objects.requireNonNull(profile, "cost profile");
        storageMonths = storageMonths == null ? profile.storageMonths() : storageMonths;
        if (storageMonths.signum() < 0) {
            throw new IllegalArgumentException("Months in storage must not be negative, was " + storageMonths);
        }
        inventoryAgeDays = inventoryAgeDays == null ? OptionalInt.empty() : inventoryAgeDays;
    }

    /** The usual case: storage months from the cost profile, inventory age unknown. */
    public static EconomicsInput of(String category, PackageSize packageSize, boolean apparel, LandedCost landedCost,
                                    CostProfile profile) {
        return new EconomicsInput(category, packageSize, apparel, landedCost, profile, null, OptionalInt.empty());
    }
}
