package com.pricedesk.app.repricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the JIT's queue from the JVM's diagnostic command. */
class CompilerQueueTest {

    @Test
    void thisJvmReportsItsCompilerQueueInTheExpectedShape() {
        String queue = new CompilerQueue().queue().orElseThrow();
        assertThat(queue).contains("Current compiles:", "C1 compile queue:", "C2 compile queue:");
    }

    @Test
    void onlyEmptyQueuesWithNothingCompilingCountAsIdle() {
        assertThat(CompilerQueue.isIdle("Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n\n"))
                .isTrue();
        assertThat(CompilerQueue.isIdle("Current compiles: \nC2 CompilerThread0  1228   !   4       a.B::c (497 bytes)\n\n"
                + "C1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n")).isFalse();
        assertThat(CompilerQueue.isIdle("Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\n"
                + "1224       4       a.B::getTag (4 bytes)\n")).isFalse();
    }
}
