package dev.provenance.policy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The license families an SPDX expression names, for comparing declarations: operators and exceptions dropped,
 * {@code -only}, {@code -or-later} and {@code +} folded (a full GPL text cannot tell them apart), case folded.
 */
public final class LicenseExpressionIds {
    private LicenseExpressionIds() {
    }

    /** The license families {@code expression} names, upper case, without -only / -or-later / +. */
    public static Set<String> families(String expression) {
        Set<String> ids = new TreeSet<>();
        boolean afterWith = false;
        for (String token : expression.replace('(', ' ').replace(')', ' ').trim().split("\\s+")) {
            String upper = token.toUpperCase(Locale.ROOT);
            if (token.isEmpty() || upper.equals("AND") || upper.equals("OR")) {
                afterWith = false;
                continue;
            }
            if (upper.equals("WITH")) {
                afterWith = true;
                continue;
            }
            if (afterWith) {
                afterWith = false;
                continue;
            }
            ids.add(family(upper));
        }
        return ids;
    }

    private static String family(String id) {
        String f = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
        if (f.endsWith("-ONLY")) {
            f = f.substring(0, f.length() - "-ONLY".length());
        } else if (f.endsWith("-OR-LATER")) {
            f = f.substring(0, f.length() - "-OR-LATER".length());
        }
        return f;
    }
}
