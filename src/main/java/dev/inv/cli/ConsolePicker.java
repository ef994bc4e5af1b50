package dev.inv.cli;

import dev.inv.core.InvException;
import dev.inv.service.SaleService;
import dev.inv.service.UnitLookup;
import java.io.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The sale picker for a person at a terminal (the plain command line or the shell): lists every
 * available unit, numbered, and takes a number or a scanned identifier. An identifier that is not
 * among them is refused and asked again; an empty line or end of input cancels the sale.
 */
final class ConsolePicker implements SaleService.Picker {

    /** Where the picker talks to the operator. {@code readLine} returns null at end of input. */
    interface Prompter {
        PrintWriter writer();

        String readLine(String prompt);
    }

    private final Prompter prompter;

    ConsolePicker(Prompter prompter) {
        this.prompter = prompter;
    }

    static Prompter prompter(Console console) {
        return new Prompter() {
            @Override
            public PrintWriter writer() {
                return console.writer();
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }
        };
    }

    @Override
    public String pick(String sku, String label, List<SaleService.Candidate> candidates) {
        PrintWriter w = prompter.writer();
        w.println("Available units of " + sku + ":");
        Table t = new Table(Table.Column.right("#"), Table.Column.left(label.toUpperCase(Locale.ROOT)),
                Table.Column.left("SKU"), Table.Column.left("VARIANT"), Table.Column.right("COST"),
                Table.Column.left("RECEIVED"));
        for (int i = 0; i < candidates.size(); i++) {
            SaleService.Candidate c = candidates.get(i);
            t.row(i + 1, c.identifier(), c.sku(), c.variant(), Fmt.money(c.cost()), Fmt.time(c.receivedAt()));
        }
        t.print(w, false);
        while (true) {
            String answer = prompter.readLine("Number or " + label + " (empty to cancel): ");
            String choice = choose(answer, candidates);
            if (choice != null) {
                return choice;
            }
            w.println("'" + answer.strip() + "' is not one of the " + candidates.size() + " available units of " + sku);
            w.flush();
        }
    }

    /**
     * The identifier chosen by {@code answer}: a number from the list, or an identifier among the
     * candidates (as scanned, or with spaces and dashes); null when it names none of them.
     */
    static String choose(String answer, List<SaleService.Candidate> candidates) {
        if (answer == null || answer.isBlank()) {
            throw InvException.usage("no unit chosen; nothing sold");
        }
        String a = answer.strip();
        if (a.chars().allMatch(Character::isDigit) && a.length() <= 6) {
            int n = Integer.parseInt(a);
            if (n >= 1 && n <= candidates.size()) {
                return candidates.get(n - 1).identifier();
            }
        }
        List<String> forms = UnitLookup.forms(a);
        for (SaleService.Candidate c : candidates) {
            if (forms.contains(c.identifier())) {
                return c.identifier();
            }
        }
        return null;
    }
}
