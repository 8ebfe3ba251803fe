package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link UnitEconomicsBench}; excluded from the default build (group "bench"). */
@Tag("bench")
class UnitEconomicsBenchTest {
    private static final Logger log = LoggerFactory.getLogger(UnitEconomicsBenchTest.class);

    @Test
    void unitEconomicsFor100kSkus() {
        List<String> figures = UnitEconomicsBench.run();
        figures.forEach(f -> log.info("{}", f));
        // numeric figures also go to target/bench-results.txt with the other benchmarks'
        for (String f : figures) {
            int eq = f.indexOf('=');
            if (eq > 0) {
                BenchReport.figure(f.substring(0, eq), Double.parseDouble(f.substring(eq + 1)));
            }
        }
        assertThat(figures).anyMatch(f -> f.startsWith("unit_economics_100k_ms="));
    }
}
