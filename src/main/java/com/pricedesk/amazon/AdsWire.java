package com.pricedesk.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** Amazon Ads v3 reporting bodies. Column names follow BRIEF §4 [unverified against the v3 report-types page]. */
final class AdsWire {
    private AdsWire() {
    }

    record CreateReport(@JsonProperty("name") String name,
                        @JsonProperty("startDate") String startDate,
                        @JsonProperty("endDate") String endDate,
                        @JsonProperty("configuration") Configuration configuration) {
    }

    record Configuration(@JsonProperty("adProduct") String adProduct,
                         @JsonProperty("groupBy") List<String> groupBy,
                         @JsonProperty("columns") List<String> columns,
                         @JsonProperty("reportTypeId") String reportTypeId,
                         @JsonProperty("timeUnit") String timeUnit,
                         @JsonProperty("format") String format) {
    }

    /** One entry of GET /v2/profiles; the profile id picks the advertiser and marketplace. */
    record Profile(@JsonProperty("profileId") Long profileId,
                   @JsonProperty("countryCode") String countryCode) {
    }

    record Report(@JsonProperty("reportId") String reportId,
                  @JsonProperty("status") String status,
                  @JsonProperty("url") String url,
                  @JsonProperty("failureReason") String failureReason) {
    }

    record Row(@JsonProperty("advertisedSku") String advertisedSku,
               @JsonProperty("advertisedAsin") String advertisedAsin,
               @JsonProperty("startDate") String startDate,
               @JsonProperty("endDate") String endDate,
               @JsonProperty("impressions") Long impressions,
               @JsonProperty("clicks") Long clicks,
               @JsonProperty("cost") BigDecimal cost,
               @JsonProperty("sales7d") BigDecimal sales7d,
               @JsonProperty("purchases7d") Integer purchases7d,
               @JsonProperty("unitsSoldClicks7d") Integer unitsSoldClicks7d) {
    }

    /** Ads errors: {"code","details"} (sometimes "message") [unverified]. */
    record Error(@JsonProperty("code") String code, @JsonProperty("details") String details,
                 @JsonProperty("message") String message) {
    }
}
