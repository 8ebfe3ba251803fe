package com.pricedesk.app.repricing;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Whether HotSpot's JIT has work queued or under way, read from the JVM's own diagnostic command
 * ({@code jcmd <pid> Compiler.queue}, in process). When the JVM does not offer it, "no compilation finished
 * since the last look" stands in, which can mistake a long compilation for an idle compiler.
 */
final class CompilerQueue {
    private static final String EMPTY_QUEUES = "Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty";

    private final MBeanServer server;
    private final ObjectName diagnostics;
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private long lastCompileMs = -1;

    CompilerQueue() {
        MBeanServer s = null;
        ObjectName n = null;
        try {
            s = ManagementFactory.getPlatformMBeanServer();
            n = new ObjectName("com.sun.management:type=DiagnosticCommand");
            if (!s.isRegistered(n)) {
                s = null;
            }
        } catch (JMException | RuntimeException e) {
            s = null;
        }
        this.server = s;
        this.diagnostics = n;
    }

    /** True when nothing is being compiled and nothing is waiting; empty when the JVM cannot tell. */
    Optional<Boolean> idle() {
        Optional<String> queue = queue();
        if (queue.isPresent()) {
            return Optional.of(isIdle(queue.get()));
        }
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return Optional.empty();
        }
        long now = jit.getTotalCompilationTime();
        boolean unchanged = now == lastCompileMs;
        lastCompileMs = now;
        return Optional.of(unchanged);
    }

    /** The text of {@code Compiler.queue}: current compiles, then the C1 and the C2 queue. */
    Optional<String> queue() {
        if (server == null) {
            return Optional.empty();
        }
        try {
            Object out = server.invoke(diagnostics, "compilerQueue", new Object[] {null},
                    new String[] {String[].class.getName()});
            return Optional.ofNullable(out).map(Object::toString);
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isIdle(String queue) {
        return queue.strip().replace("\r", "").equals(EMPTY_QUEUES.strip());
    }
}
