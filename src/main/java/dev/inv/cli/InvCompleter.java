package dev.inv.cli;

import dev.inv.core.UnitStatus;
import dev.inv.service.CompletionService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion in the shell: subcommands and options from the picocli model, and live values
 * from the open inventory (SKUs, supplier codes, unit identifiers, invoice numbers). It knows,
 * per option and per command, which values make sense: {@code sell --item} offers available units
 * and SKUs, {@code return} the sold units, {@code unit route} the units in stock.
 *
 * <p>picocli-shell-jline3's own completer offers only what the annotations declare; the live
 * values are why this one walks the model itself.
 */
final class InvCompleter implements Completer {

    private static final UnitStatus[] IN_STOCK = {UnitStatus.AVAILABLE, UnitStatus.RETURNED, UnitStatus.DEFECT,
            UnitStatus.WITH_SUPPLIER, UnitStatus.WRITTEN_OFF};

    private final CommandLine root;
    private final CompletionService values;

    InvCompleter(CommandLine root, CompletionService values) {
        this.root = root;
        this.values = values;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String value : candidates(line.words().subList(0, line.wordIndex()), line.word()
                .substring(0, Math.min(line.wordCursor(), line.word().length())))) {
            candidates.add(new Candidate(value, value, null, null, null, null, true));
        }
    }

    /** What may follow {@code before} when the word being typed starts with {@code prefix}. */
    List<String> candidates(List<String> before, String prefix) {
        CommandLine command = root;
        for (String word : before) {
            Map<String, CommandLine> subs = command.getSubcommands();
            if (subs.containsKey(word)) {
                command = subs.get(word);
            }
        }
        CommandSpec spec = command.getCommandSpec();
        String previous = before.isEmpty() ? null : before.get(before.size() - 1);
        OptionSpec option = previous == null || !previous.startsWith("-") ? null : spec.findOption(previous);
        if (option != null && option.arity().max() > 0) {
            return optionValues(spec, option, prefix);
        }
        if (prefix.startsWith("-")) {
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                for (String name : o.names()) {
                    if (name.startsWith(prefix) && name.startsWith("--")) {
                        names.add(name);
                    }
                }
            }
            return sorted(names);
        }
        if (!command.getSubcommands().isEmpty()) {
            return sorted(command.getSubcommands().keySet().stream().filter(n -> n.startsWith(prefix)).toList());
        }
        return positionalValues(spec, prefix);
    }

    private List<String> optionValues(CommandSpec spec, OptionSpec option, String prefix) {
        String command = spec.qualifiedName(" ");
        switch (option.longestName()) {
            case "--item":
                return merge(values.identifiers(prefix, UnitStatus.AVAILABLE), values.skus(prefix));
            case "--unit":
                return command.endsWith("restock") ? List.of() : values.identifiers(prefix);
            case "--supplier":
                return values.suppliers(prefix);
            case "--sku":
            case "--variant-of":
                return values.skus(prefix);
            case "--invoice":
                return values.invoices(prefix);
            case "--status":
                return labels(prefix, UnitStatus.values());
            case "--to":
                return command.endsWith("return")
                        ? labels(prefix, UnitStatus.RETURNED, UnitStatus.AVAILABLE, UnitStatus.DEFECT,
                                UnitStatus.WITH_SUPPLIER, UnitStatus.WRITTEN_OFF)
                        : labels(prefix, UnitStatus.AVAILABLE, UnitStatus.DEFECT, UnitStatus.WITH_SUPPLIER,
                                UnitStatus.WRITTEN_OFF);
            case "--format":
                return startingWith(prefix, Arrays.stream(Format.values()).map(Enum::name).toList());
            case "--tracking":
                return startingWith(prefix, List.of("serialized", "quantity"));
            case "--identifier-format":
                return startingWith(prefix, List.of("any", "imei"));
            default:
                return List.of();
        }
    }

    private List<String> positionalValues(CommandSpec spec, String prefix) {
        switch (spec.qualifiedName(" ")) {
            case "inv return":
                return values.identifiers(prefix, UnitStatus.SOLD);
            case "inv unit route":
                return values.identifiers(prefix, IN_STOCK);
            case "inv track":
            case "inv restock":
            case "inv product show":
                return values.skus(prefix);
            case "inv invoice show":
                return values.invoices(prefix);
            default:
                return List.of();
        }
    }

    private static List<String> labels(String prefix, UnitStatus... statuses) {
        return startingWith(prefix, Arrays.stream(statuses).map(UnitStatus::label).toList());
    }

    private static List<String> startingWith(String prefix, List<String> all) {
        return all.stream().filter(s -> s.startsWith(prefix)).toList();
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
