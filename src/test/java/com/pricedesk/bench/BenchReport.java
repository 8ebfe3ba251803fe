package com.pricedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Prints benchmark figures one per line ({@code name=value}) and appends them to
 * {@code target/bench-results.txt}, so one {@code mvn -Pbench verify} run yields one file of figures.
 */
public final class BenchReport {
    private static final Path RESULTS = Path.of("target", "bench-results.txt");

    private BenchReport() {
    }

    public static void figure(String name, double value) {
        // ratios such as 1.028 need three decimals; times and sizes read better with one
        String line = String.format(Locale.ROOT, Math.abs(value) < 10 ? "%s=%.3f" : "%s=%.1f", name, value);
        System.out.println(line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds since {@code startNanos}. */
    public static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    /** Machine line recorded with every run: cores, JVM, OS. */
    public static void machine() {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
