package com.pricedesk.domain.rules;

/** Which way an action moves the price: known from the action alone, or only once the facts are known. */
public enum Direction {
    UP, DOWN, EITHER;

    public boolean opposes(Direction other) {
        return (this == UP && other == DOWN) || (this == DOWN && other == UP);
    }
}
