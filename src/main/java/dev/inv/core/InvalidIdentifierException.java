package dev.inv.core;

/** An identifier that breaks its product's format (exit code 5 when it reaches the user). */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
