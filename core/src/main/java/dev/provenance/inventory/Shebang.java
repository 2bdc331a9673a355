package dev.provenance.inventory;

import java.util.Locale;

/** The language a {@code #!} line names: {@code #!/usr/bin/env python3 -u}, {@code #!/bin/bash}, … */
final class Shebang {
    /** Characters of the first line looked at. */
    private static final int MAX_LINE = 256;

    private Shebang() {
    }

    /** The script language of the text's first line, or null when it has no known interpreter. */
    static Language language(String text) {
        if (!text.startsWith("#!")) {
            return null;
        }
        int end = text.indexOf('\n');
        if (end < 0) {
            end = text.length();
        }
        String line = text.substring(2, Math.min(end, MAX_LINE)).strip();
        String[] words = line.split("[ \t]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        String interpreter = baseName(words[0]);
        if (interpreter.equals("env")) {
            interpreter = null;
            for (int i = 1; i < words.length; i++) {
                String w = words[i];
                if (w.startsWith("-") || w.indexOf('=') > 0) {
                    continue;
                }
                interpreter = baseName(w);
                break;
            }
            if (interpreter == null) {
                return null;
            }
        }
        return interpreterLanguage(interpreter.toLowerCase(Locale.ROOT));
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Language interpreterLanguage(String name) {
        String base = stripVersion(name);
        switch (base) {
            case "python": case "pypy": case "pythonw":
                return Language.PYTHON;
            case "sh": case "bash": case "zsh": case "ksh": case "mksh": case "dash": case "ash": case "busybox":
                return Language.SHELL;
            case "node": case "nodejs": case "bun":
                return Language.JAVASCRIPT;
            case "deno": case "ts-node": case "tsx":
                return Language.TYPESCRIPT;
            case "ruby": case "jruby":
                return Language.RUBY;
            case "perl":
                return Language.PERL;
            case "php":
                return Language.PHP;
            case "lua": case "luajit":
                return Language.LUA;
            case "rscript":
                return Language.R;
            case "groovy":
                return Language.GROOVY;
            case "scala":
                return Language.SCALA;
            case "kotlin": case "kscript":
                return Language.KOTLIN;
            case "swift":
                return Language.SWIFT;
            default:
                return null;
        }
    }

    /** {@code python3.11} → {@code python}, {@code perl5} → {@code perl}. */
    private static String stripVersion(String name) {
        int end = name.length();
        while (end > 0 && (Character.isDigit(name.charAt(end - 1)) || name.charAt(end - 1) == '.')) {
            end--;
        }
        return end == 0 ? name : name.substring(0, end);
    }
}
