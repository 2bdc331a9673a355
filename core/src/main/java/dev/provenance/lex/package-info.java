/**
 * Hand-written lexers, one per language family, and the seed channel over their tokens: comments, docstrings and
 * formatter-dependent punctuation dropped, identifiers, numbers and strings reduced to their kind, so that renamed
 * and reformatted copies give the same seed sequence as their original.
 *
 * <p>Entry point: {@link dev.provenance.lex.Lexers#forLanguage}; then {@link dev.provenance.lex.SeedSequence#of}.
 * Every lexer is linear in its input, never throws on malformed text (an unterminated construct ends at the end of
 * the text, or of its line for single-line strings), is stateless and thread-safe, and gives each token its exact
 * 1-based line and column (columns in UTF-16 units; line breaks {@code \n}, {@code \r\n}, lone {@code \r}).
 *
 * <p>Decisions that shape recall and precision:
 * <ul>
 *   <li>Keywords are each language's reserved words, primitive type names and literal words included
 *       ({@code int}, {@code boolean}, {@code True}, {@code null}); contextual words that may name a variable
 *       ({@code var}, {@code record}, {@code type}, {@code match}) are identifiers. {@code this} is a keyword where
 *       reserved (Java, C++, JavaScript, Kotlin, Scala, C#); Python's {@code self} is an identifier (a convention),
 *       Rust's and Swift's {@code self} keywords. Go's predeclared types and constants and Rust's primitive types
 *       count as keywords: they cannot be renamed.</li>
 *   <li>A literal is one token whatever it embeds: a template literal with its {@code ${}} holes, an f-string with
 *       its fields, a Kotlin string with its templates.</li>
 *   <li>Not seeded: a trailing comma before a closing bracket (formatters add and remove them), {@code ;} where
 *       statements may end at a line break (Python, Go, JavaScript, TypeScript, Kotlin, Scala, Swift, Groovy,
 *       shell), and {@code >>}, which lexes as two {@code >} so that nested generics and shifts lex alike
 *       however they are spaced. Indentation makes no token.</li>
 *   <li>Configuration (JSON, YAML) lexes into a canonical form — keys sorted, numbers by value — and seeds
 *       verbatim, as do Jinja templates (a {@code chat_template} inside a JSON file included, mapped to the file's
 *       lines) and TOML/INI/properties: configuration is copied, not renamed, so its keys and values are the
 *       evidence. See {@link dev.provenance.lex.Tokens#seedsVerbatim()}.</li>
 *   <li>Shell: variables are identifiers; command words are TEXT, seeded verbatim. JSX and PHP's inline HTML are
 *       approximated: JSX lexes as JavaScript expressions, inline HTML as TEXT words.</li>
 * </ul>
 */
package dev.provenance.lex;
