package com.pricedesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StorageMonthsTest {
    @Test
    void stockLastingSixtyOneDaysWaitsOneMonthOnAverage() {
        // 60.875 days of cover: the average unit waits half of it, 30.4375 days = one mean month
        assertThat(StorageMonths.fromDaysOfCover(new BigDecimal("60.875"))).isEqualByComparingTo("1");
        assertThat(StorageMonths.fromDaysOfCover(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void negativeDaysOfCoverAreRejected() {
        assertThatThrownBy(() -> StorageMonths.fromDaysOfCover(new BigDecimal("-3")))
                .hasMessage("Days of cover must not be negative, was -3");
    }
}
