package com.pricedesk.ui.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. ViewModels start all SQL, HTTP and
 * POI work through this, so tests can swap in {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    default void close() {
    }
}
