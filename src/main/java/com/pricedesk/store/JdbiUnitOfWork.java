package com.pricedesk.store;

import com.pricedesk.domain.port.UnitOfWork;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One transaction around several repository calls. Jdbi hands the repositories the handle already
 * open on this thread, so their own transactions join this one.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(h -> work.get());
    }
}
