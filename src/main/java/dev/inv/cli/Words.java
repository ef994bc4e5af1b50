package dev.inv.cli;

import dev.inv.core.InvException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of a shell script into words the way a POSIX shell would for simple commands:
 * whitespace separates, single quotes keep everything literally, double quotes keep spaces and
 * honour backslash escapes, a backslash outside quotes escapes the next character.
 */
final class Words {

    private Words() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote == '\'') {
                if (ch == '\'') {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (quote == '"') {
                if (ch == '"') {
                    quote = 0;
                } else if (ch == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(ch);
                }
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(ch);
                }
            }
        }
        if (quote != 0) {
            throw InvException.usage("unterminated " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
