package dev.inv.cli;

import dev.inv.core.UnitStatus;
import picocli.CommandLine.ITypeConverter;

/** Parses a unit status as users type it; an unknown one is a bad command line (exit 2). */
final class StatusConverter implements ITypeConverter<UnitStatus> {
    @Override
    public UnitStatus convert(String value) {
        return UnitStatus.parse(value);
    }
}
