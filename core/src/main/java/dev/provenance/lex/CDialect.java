package dev.provenance.lex;

import java.util.Objects;

/**
 * What distinguishes one language of the C family for {@link CFamilyLexer}: its reserved words, its operators and
 * its literal rules. Immutable; the dialects themselves are in {@link CDialects}.
 */
final class CDialect {
    /** What a single quote starts. */
    enum SingleQuote {
        /** A character literal or a single-quoted string, with backslash escapes, ending at the line's end. */
        QUOTED,
        /** Rust: a character literal {@code 'a'}, {@code '\n'}, or a lifetime {@code 'a} (an identifier). */
        CHAR_OR_LIFETIME,
        /** Scala: a character literal {@code 'a'}, or a symbol literal {@code 'sym} (a string). */
        CHAR_OR_SYMBOL,
        /** No literal: an operator. */
        NONE
    }

    /** What a backtick starts. */
    enum Backtick {
        /** JavaScript template literal, with {@code ${...}} holes, spanning lines. */
        TEMPLATE,
        /** Go raw string: no escapes, spanning lines. */
        RAW_STRING,
        /** Kotlin, Scala, Swift: a quoted identifier. */
        IDENTIFIER,
        /** No literal: an operator. */
        NONE
    }

    /** How a double-quoted string embeds expressions, whose own strings may contain double quotes. */
    enum Interpolation {
        NONE,
        /** {@code ${expr}}: Kotlin, Groovy, Scala interpolators, Dart. */
        DOLLAR_BRACE,
        /** {@code \(expr)}: Swift. */
        BACKSLASH_PAREN,
        /** {@code {$expr}} and {@code ${expr}}: PHP. */
        PHP,
        /** {@code {expr}} with {@code {{} for a brace: C# interpolated strings. */
        BRACE
    }

    final String name;
    final WordSet keywords;
    final Operators operators;
    final boolean preprocessor;
    final boolean cppStrings;
    final boolean digitQuoteSeparator;
    final boolean dotBeforeLetter;
    final boolean dollarIdentifiers;
    final boolean nestedComments;
    final boolean tripleQuotes;
    final boolean tripleQuoteEscapes;
    final boolean tripleSingleQuotes;
    final boolean multilineStrings;
    final boolean regexLiterals;
    final boolean rustStrings;
    final boolean csharpStrings;
    final boolean objcAt;
    final boolean swiftRawStrings;
    final boolean php;
    final boolean symbolicOperators;
    final boolean stringInterpolators;
    final boolean optionalSemicolons;
    final SingleQuote singleQuote;
    final Backtick backtick;
    final Interpolation interpolation;
    /** Keywords that end an expression, so that a following {@code /} divides rather than starts a regex. */
    final WordSet valueKeywords;

    private CDialect(Builder b) {
        this.name = b.name;
        this.keywords = b.keywords;
        this.operators = b.operators;
        this.preprocessor = b.preprocessor;
        this.cppStrings = b.cppStrings;
        this.digitQuoteSeparator = b.digitQuoteSeparator;
        this.dotBeforeLetter = b.dotBeforeLetter;
        this.dollarIdentifiers = b.dollarIdentifiers;
        this.nestedComments = b.nestedComments;
        this.tripleQuotes = b.tripleQuotes;
        this.tripleQuoteEscapes = b.tripleQuoteEscapes;
        this.tripleSingleQuotes = b.tripleSingleQuotes;
        this.multilineStrings = b.multilineStrings;
        this.regexLiterals = b.regexLiterals;
        this.rustStrings = b.rustStrings;
        this.csharpStrings = b.csharpStrings;
        this.objcAt = b.objcAt;
        this.swiftRawStrings = b.swiftRawStrings;
        this.php = b.php;
        this.symbolicOperators = b.symbolicOperators;
        this.stringInterpolators = b.stringInterpolators;
        this.optionalSemicolons = b.optionalSemicolons;
        this.singleQuote = b.singleQuote;
        this.backtick = b.backtick;
        this.interpolation = b.interpolation;
        this.valueKeywords = b.valueKeywords;
    }

    static Builder builder(String name, WordSet keywords, Operators operators) {
        return new Builder(name, keywords, operators);
    }

    /** Collects a dialect's rules; every flag is off by default. */
    static final class Builder {
        private final String name;
        private final WordSet keywords;
        private final Operators operators;
        private boolean preprocessor;
        private boolean cppStrings;
        private boolean digitQuoteSeparator;
        private boolean dotBeforeLetter;
        private boolean dollarIdentifiers;
        private boolean nestedComments;
        private boolean tripleQuotes;
        private boolean tripleQuoteEscapes;
        private boolean tripleSingleQuotes;
        private boolean multilineStrings;
        private boolean regexLiterals;
        private boolean rustStrings;
        private boolean csharpStrings;
        private boolean objcAt;
        private boolean swiftRawStrings;
        private boolean php;
        private boolean symbolicOperators;
        private boolean stringInterpolators;
        private boolean optionalSemicolons;
        private SingleQuote singleQuote = SingleQuote.QUOTED;
        private Backtick backtick = Backtick.NONE;
        private Interpolation interpolation = Interpolation.NONE;
        private WordSet valueKeywords = WordSet.of("this super true false null");

        private Builder(String name, WordSet keywords, Operators operators) {
            this.name = Objects.requireNonNull(name);
            this.keywords = Objects.requireNonNull(keywords);
            this.operators = Objects.requireNonNull(operators);
        }

        Builder preprocessor() {
            this.preprocessor = true;
            return this;
        }

        Builder cppStrings() {
            this.cppStrings = true;
            return this;
        }

        Builder digitQuoteSeparator() {
            this.digitQuoteSeparator = true;
            return this;
        }

        Builder dotBeforeLetter() {
            this.dotBeforeLetter = true;
            return this;
        }

        Builder dollarIdentifiers() {
            this.dollarIdentifiers = true;
            return this;
        }

        Builder nestedComments() {
            this.nestedComments = true;
            return this;
        }

        Builder tripleQuotes() {
            this.tripleQuotes = true;
            return this;
        }

        Builder tripleQuoteEscapes() {
            this.tripleQuoteEscapes = true;
            return this;
        }

        Builder tripleSingleQuotes() {
            this.tripleSingleQuotes = true;
            return this;
        }

        Builder multilineStrings() {
            this.multilineStrings = true;
            return this;
        }

        Builder regexLiterals() {
            this.regexLiterals = true;
            return this;
        }

        Builder rustStrings() {
            this.rustStrings = true;
            return this;
        }

        Builder csharpStrings() {
            this.csharpStrings = true;
            return this;
        }

        Builder objcAt() {
            this.objcAt = true;
            return this;
        }

        Builder swiftRawStrings() {
            this.swiftRawStrings = true;
            return this;
        }

        Builder php() {
            this.php = true;
            return this;
        }

        Builder symbolicOperators() {
            this.symbolicOperators = true;
            return this;
        }

        Builder stringInterpolators() {
            this.stringInterpolators = true;
            return this;
        }

        /** Statements end at line breaks, so whether a {@code ;} is written is style: it is not seeded. */
        Builder optionalSemicolons() {
            this.optionalSemicolons = true;
            return this;
        }

        Builder singleQuote(SingleQuote rule) {
            this.singleQuote = rule;
            return this;
        }

        Builder backtick(Backtick rule) {
            this.backtick = rule;
            return this;
        }

        Builder interpolation(Interpolation rule) {
            this.interpolation = rule;
            return this;
        }

        Builder valueKeywords(WordSet words) {
            this.valueKeywords = words;
            return this;
        }

        CDialect build() {
            return new CDialect(this);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
