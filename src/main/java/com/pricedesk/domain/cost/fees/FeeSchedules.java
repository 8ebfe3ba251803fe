package com.pricedesk.domain.cost.fees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every fee table version known to the workspace (shipped and user-entered). A quote picks, for its
 * date, the version in force: user-entered versions win over shipped ones, then the latest start wins.
 */
public record FeeSchedules(List<SizeTierTable> sizeTierTables, List<FulfillmentTable> fulfillmentTables,
                           List<ReferralTable> referralTables, List<StorageTable> storageTables,
                           List<AgedInventoryTable> agedInventoryTables, List<FuelSurcharge> fuelSurcharges,
                           List<ReturnsProcessingTable> returnsProcessingTables,
                           RefundAdministrationFee refundAdministration) {

    public FeeSchedules {
        sizeTierTables = List.copyOf(sizeTierTables);
        fulfillmentTables = List.copyOf(fulfillmentTables);
        referralTables = List.copyOf(referralTables);
        storageTables = List.copyOf(storageTables);
        agedInventoryTables = List.copyOf(agedInventoryTables);
        fuelSurcharges = List.copyOf(fuelSurcharges);
        returnsProcessingTables = List.copyOf(returnsProcessingTables);
        Objects.requireNonNull(refundAdministration, "refund administration fee");
    }

    /** The tables in force on {@code date}; a date no table covers is an error naming what is covered. */
    public FeeSchedule on(LocalDate date, FeeOptions options) {
        Objects.requireNonNull(date, "date");
        List<FulfillmentTable> baseTables = fulfillmentTables.stream().filter(t -> !t.peak() && !t.apparel()).toList();
        return new FeeSchedule(date, options,
                required(sizeTierTables, SizeTierTable::info, date, "size tier"),
                required(baseTables, FulfillmentTable::info, date, "FBA fulfillment fee"),
                options.peakRates()
                        ? pick(fulfillmentTables.stream().filter(FulfillmentTable::peak).toList(), FulfillmentTable::info, date)
                        : Optional.empty(),
                pick(fulfillmentTables.stream().filter(FulfillmentTable::apparel).toList(), FulfillmentTable::info, date),
                required(referralTables, ReferralTable::info, date, "referral fee"),
                required(storageTables, StorageTable::info, date, "monthly storage"),
                pick(agedInventoryTables, AgedInventoryTable::info, date),
                options.fuelSurcharge() ? pick(fuelSurcharges, FuelSurcharge::info, date) : Optional.empty(),
                pick(returnsProcessingTables, ReturnsProcessingTable::info, date),
                refundAdministration);
    }

    private static <T> T required(List<T> tables, Function<T, TableInfo> info, LocalDate date, String what) {
        return pick(tables, info, date).orElseThrow(() -> new NoFeeTableException(what, date,
                tables.stream().map(t -> info.apply(t).period()).distinct().collect(Collectors.joining("; "))));
    }

    private static <T> Optional<T> pick(List<T> tables, Function<T, TableInfo> info, LocalDate date) {
        Comparator<T> userFirst = Comparator.comparing(t -> !info.apply(t).userDefined());
        Comparator<T> latestStart = Comparator.comparing(t -> info.apply(t).effectiveFrom(),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed());
        return tables.stream().filter(t -> info.apply(t).covers(date))
                .sorted(userFirst.thenComparing(latestStart)).findFirst();
    }
}
