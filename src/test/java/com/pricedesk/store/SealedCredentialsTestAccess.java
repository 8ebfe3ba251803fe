package com.pricedesk.store;

/** Lets tests in other packages use the byte search of {@link SealedCredentialsTest}. */
public final class SealedCredentialsTestAccess {
    private SealedCredentialsTestAccess() {
    }

    public static boolean contains(byte[] haystack, String needle) {
        return SealedCredentialsTest.contains(haystack, needle);
    }
}
