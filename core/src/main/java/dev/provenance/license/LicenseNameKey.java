package dev.provenance.license;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison key of a license name: "The Apache License, Version 2.0", "Apache License 2.0", "apache-2.0" and
 * "Apache 2" all have the key {@code apache 2.0}.
 *
 * <p>Lower case; "licence" is "license"; words {@code the, version, v, license, licensed, only}
 * and the URL words {@code http, https, www, html, txt, php} dropped; any
 * punctuation separates words; a {@code v} glued to a version ({@code GPLv3}) is dropped; letters and digits glued
 * together are split ({@code apache2}); "or later", "or any later version" and a trailing {@code +} become the word
 * {@code +}; a bare integer version gets {@code .0}. Linear in the input.
 */
final class LicenseNameKey {
    private static final Set<String> DROPPED = Set.of("the", "version", "v", "license", "licensed", "only", "a",
            "of", "any", "http", "https", "www", "html", "htm", "txt", "php");

    private LicenseNameKey() {
    }

    static String of(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("licence", "license");
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '+') {
                words.add("+");
                i++;
            } else if (isLetter(c)) {
                int start = i;
                while (i < n && isLetter(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (i < n && isDigit(text.charAt(i)) && word.length() > 1 && word.endsWith("v")) {
                    word = word.substring(0, word.length() - 1);
                }
                words.add(word);
            } else if (isDigit(c)) {
                int start = i;
                while (i < n && (isDigit(text.charAt(i))
                        || (text.charAt(i) == '.' && i + 1 < n && isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                String number = text.substring(start, i);
                words.add(number.indexOf('.') < 0 ? number + ".0" : number);
            } else {
                i++;
            }
        }
        List<String> kept = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.equals("or") && w + 1 < words.size() && words.get(w + 1).equals("later")) {
                kept.add("+");
                w++;
            } else if (word.equals("or") && w + 2 < words.size() && words.get(w + 1).equals("any")
                    && words.get(w + 2).equals("later")) {
                kept.add("+");
                w += 2;
            } else if (!DROPPED.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (Character.isLetter(c) && c > 127);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
