package com.pricedesk.domain.port;

import java.util.function.Supplier;

/** Runs several repository calls as one transaction: all of them are stored, or none. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
