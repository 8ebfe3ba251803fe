package com.pricedesk.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The living market's whole mutable state, as plain fields so that it is saved to and loaded from the
 * workspace's simulator file as it is. Not thread-safe: {@link LivingMarket} guards it.
 */
final class MarketState {
    public long seed;
    public String sellerId;
    /** The first day not simulated yet (ISO date): every day before it has happened. */
    public String nextDay;
    public List<ListingState> listings = new ArrayList<>();

    /** One of our listings with its page, stock, demand parameters and recent days. */
    static final class ListingState {
        public String sku;
        public String asin;
        public String title;
        public boolean fba;
        public BigDecimal fbaFee;
        public BigDecimal price;
        /** The price shoppers are used to for this product; without competitors demand is judged against it. */
        public BigDecimal referencePrice;
        public BigDecimal minimumPrice;
        public BigDecimal maximumPrice;
        public int fulfillable;
        public int inbound;
        /** ISO date the inbound shipment becomes sellable; null when nothing is on the way. */
        public String inboundArrives;
        public int leadDays;
        /** Sellable units by receipt date, oldest first, consumed first in, first out. */
        public List<Receipt> receipts = new ArrayList<>();
        public double baseSessions;
        public double baseConversion;
        public double elasticity;
        public int rank;
        /** The rank one sale a day earns in the listing's main category; 0 (older saved markets) = a big one. */
        public double rankScale;
        public BigDecimal costPerClick;
        public double adClickShare;
        public List<CompetitorState> competitors = new ArrayList<>();
        /** The last {@link LivingMarket#KEPT_DAYS} days, oldest first, for reports. */
        public List<SimDay> days = new ArrayList<>();
    }

    /** Units received on one day. */
    static final class Receipt {
        public String day;
        public int units;

        Receipt() {
        }

        Receipt(String day, int units) {
            this.day = day;
            this.units = units;
        }
    }

    /** A competing offer on one of our pages. */
    static final class CompetitorState {
        public String sellerId;
        public CompetitorBehaviour behaviour;
        public BigDecimal price;
        public BigDecimal shipping;
        public BigDecimal floor;
        public boolean fba;
        public boolean used;
        public int handlingDays;
        public int feedbackCount;
        public int feedbackPercent;
        /** An absurd undercutter is on the page only until this ISO date (exclusive); null = absent. */
        public String activeUntil;
    }
}
