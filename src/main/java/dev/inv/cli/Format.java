package dev.inv.cli;

/** The output formats of {@code --format}. */
public enum Format {
    table, json, csv
}
