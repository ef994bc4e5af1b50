package dev.inv.core;

/** An amount a user typed that is not a non-negative number with the currency's decimals. */
public class AmountFormatException extends IllegalArgumentException {

    public AmountFormatException(String message) {
        super(message);
    }
}
