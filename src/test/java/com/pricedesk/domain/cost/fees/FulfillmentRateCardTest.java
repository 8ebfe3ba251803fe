package com.pricedesk.domain.cost.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every row of every shipped fulfillment rate card (tier × bracket × band): the expected fees in
 * {@code fees/fulfillment-rows.csv} were computed from the sourced reference table
 * ({@code shared/reference/amazon-us-fees.json}) and its rule "base + fee per started interval", at both
 * ends of each bracket and at several increments of formula rows.
 */
class FulfillmentRateCardTest {

    @ParameterizedTest(name = "{0} {1} {2} lb {3} = {4}")
    @CsvFileSource(resources = "/fees/fulfillment-rows.csv", numLinesToSkip = 1)
    void everyRowOfTheShippedTables(String tableId, String tier, BigDecimal weightLb, String band, BigDecimal expected) {
        FulfillmentTable table = FeeFixtures.SHIPPED.fulfillmentTables().stream()
                .filter(t -> t.info().id().equals(tableId)).findFirst().orElseThrow();
        BigDecimal fee = table.row(SizeTier.ofId(tier), weightLb).orElseThrow()
                .fee(PriceBand.ofId(band), weightLb).orElseThrow();
        assertThat(fee).isEqualByComparingTo(expected);
    }
}
