package com.pricedesk.sim;

import java.util.Optional;

/** Where the living market keeps its state between runs (a file in the workspace, or nowhere in tests). */
interface MarketStateStore {
    Optional<MarketState> load();

    void save(MarketState state);

    /** Keeps the state in memory only. */
    static MarketStateStore none() {
        return new MarketStateStore() {
            @Override
            public Optional<MarketState> load() {
                return Optional.empty();
            }

            @Override
            public void save(MarketState state) {
                // Nothing outlives the process: tests and throwaway simulators.
            }
        };
    }
}
