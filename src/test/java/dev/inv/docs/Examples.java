package dev.inv.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the inv command lines in help footers and man page templates, and splits them into
 * arguments the way a POSIX shell would (quotes, backslashes, comments, pipes, redirections), so
 * that a test can check that every documented example is one that inv accepts.
 */
final class Examples {

    private static final Set<String> SEPARATORS = Set.of("|", "||", "&&", ";");
    private static final Set<String> REDIRECTIONS = Set.of("<", ">", ">>");

    private Examples() {
    }

    /** The lines inside {@code ----} listing blocks of an AsciiDoc text. */
    static List<String> listingLines(String asciidoc) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : asciidoc.lines().toList()) {
            if (line.strip().equals("----")) {
                inside = !inside;
            } else if (inside) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The example command lines among {@code lines}: those that mention {@code inv} as a command
     * word, with continuation lines (ending in a backslash) joined.
     */
    static List<String> commandLines(List<String> lines) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.endsWith("\\")) {
                current.append(s, 0, s.length() - 1).append(' ');
                continue;
            }
            current.append(s);
            String command = current.toString().strip();
            current.setLength(0);
            if (command.matches("(^|.*[\\s|&;])inv(\\s.*|$)")) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** The argument lists of each {@code inv ...} command in a shell command line. */
    static List<List<String>> invCommands(String commandLine) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> tokens = tokens(commandLine);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (SEPARATORS.contains(t)) {
                addIfInv(commands, current);
                current = new ArrayList<>();
            } else if (REDIRECTIONS.contains(t)) {
                i++; // and its file
            } else {
                current.add(t);
            }
        }
        addIfInv(commands, current);
        return commands;
    }

    private static void addIfInv(List<List<String>> commands, List<String> words) {
        if (!words.isEmpty() && words.get(0).equals("inv")) {
            commands.add(List.copyOf(words.subList(1, words.size())));
        }
    }

    /** Shell words: single and double quotes, backslash escapes, {@code #} comments, operators. */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                word.append(s, i + 1, end < 0 ? s.length() : end);
                i = end < 0 ? s.length() : end;
                inWord = true;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        i++;
                    }
                    word.append(s.charAt(i++));
                }
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                word.append(s.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    tokens.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if ("|&;<>".indexOf(c) >= 0) {
                if (inWord) {
                    tokens.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                StringBuilder op = new StringBuilder().append(c);
                while (i + 1 < s.length() && s.charAt(i + 1) == c && c != ';' && c != '<') {
                    op.append(s.charAt(++i));
                }
                tokens.add(op.toString());
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
