package dev.provenance.lex;

import dev.provenance.lex.CDialect.Backtick;
import dev.provenance.lex.CDialect.Interpolation;
import dev.provenance.lex.CDialect.SingleQuote;

/**
 * The C-family dialects. Keywords are each language's reserved words (its specification's list), which includes
 * the primitive type names ({@code int}, {@code boolean}) and the literal words ({@code true}, {@code null}); a
 * contextual word that may also name a variable ({@code var} and {@code record} in Java, {@code type} and
 * {@code from} in TypeScript, {@code data} in Kotlin) is an identifier, so renaming such a variable still seeds
 * alike. Where the specification lists no type names as keywords but its types cannot be renamed, they are added:
 * Go's predeclared types and constants, Rust's primitive types. {@code this} and {@code self} follow the
 * language: reserved in Java, C++, JavaScript, Kotlin, Scala, C#, Rust ({@code self}, {@code Self}), Swift and
 * Objective-C.
 */
final class CDialects {
    private static final String C_OPS = "-> ++ -- << <= >= == != && || += -= *= /= %= &= ^= |= <<= ... ##";
    private static final String ASSIGN_OPS = "++ -- << <= >= == != && || += -= *= /= %= &= ^= |= <<=";

    static final WordSet C_KEYWORDS = WordSet.of("""
            auto break case char const continue default do double else enum extern float for goto if inline int
            long register restrict return short signed sizeof static struct switch typedef union unsigned void
            volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert
            _Thread_local _BitInt _Decimal32 _Decimal64 _Decimal128 alignas alignof bool constexpr false nullptr
            static_assert thread_local true typeof typeof_unqual
            """);

    static final WordSet CPP_KEYWORDS = WordSet.of("""
            alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t
            class compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield
            decltype default delete do double dynamic_cast else enum explicit export extern false float for friend
            goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private
            protected public register reinterpret_cast requires return short signed sizeof static static_assert
            static_cast struct switch template this thread_local throw true try typedef typeid typename union
            unsigned using virtual void volatile wchar_t while xor xor_eq
            """);

    static final WordSet JAVA_KEYWORDS = WordSet.of("""
            abstract assert boolean break byte case catch char class const continue default do double else enum
            extends final finally float for goto if implements import instanceof int interface long native new
            package private protected public return short static strictfp super switch synchronized this throw
            throws transient try void volatile while true false null _
            """);

    static final CDialect C = builder("C", C_KEYWORDS, Operators.of(C_OPS)).build();

    static final CDialect CPP = cpp("C++", CPP_KEYWORDS, Operators.of(C_OPS, ":: .* ->* <=>"));

    static final CDialect CUDA = cpp("CUDA", CPP_KEYWORDS.plus("""
            __global__ __device__ __host__ __shared__ __constant__ __managed__ __restrict__ __noinline__
            __forceinline__ __launch_bounds__ __grid_constant__
            """), Operators.of(C_OPS, ":: .* ->* <=> <<<"));

    static final CDialect OBJECTIVE_C = CDialect.builder("Objective-C", C_KEYWORDS.plus("""
            @interface @implementation @end @protocol @property @synthesize @dynamic @selector @class @optional
            @required @autoreleasepool @try @catch @finally @throw @encode @public @private @protected @package
            @import @synchronized @available id instancetype self super nil Nil YES NO BOOL SEL IMP in out inout
            bycopy byref oneway
            """), Operators.of(C_OPS))
            .preprocessor().dotBeforeLetter().objcAt().build();

    static final CDialect JAVA = CDialect.builder("Java", JAVA_KEYWORDS,
                    Operators.of(ASSIGN_OPS, "-> :: ..."))
            .dotBeforeLetter().dollarIdentifiers().tripleQuotes().tripleQuoteEscapes().build();

    static final CDialect KOTLIN = CDialect.builder("Kotlin", WordSet.of("""
                    as break class continue do else false for fun if in interface is null object package return super
                    this throw true try typealias typeof val var when while import constructor init companion sealed
                    override open private public protected internal abstract final enum inner lateinit suspend inline
                    operator infix tailrec vararg reified crossinline noinline external annotation const catch
                    finally
                    """), Operators.of(ASSIGN_OPS, "-> :: === !== ?. ?: !! .. ..<"))
            .nestedComments().tripleQuotes().backtick(Backtick.IDENTIFIER).optionalSemicolons()
            .interpolation(Interpolation.DOLLAR_BRACE).build();

    static final CDialect SCALA = CDialect.builder("Scala", WordSet.of("""
                    abstract case catch class def do else enum export extends false final finally for forSome given
                    if implicit import lazy macro match new null object override package private protected return
                    sealed super then this throw trait true try type val var while with yield
                    """), Operators.of(ASSIGN_OPS))
            .dollarIdentifiers().nestedComments().tripleQuotes().symbolicOperators().stringInterpolators()
            .optionalSemicolons()
            .singleQuote(SingleQuote.CHAR_OR_SYMBOL).backtick(Backtick.IDENTIFIER)
            .interpolation(Interpolation.DOLLAR_BRACE).build();

    static final CDialect GROOVY = CDialect.builder("Groovy", JAVA_KEYWORDS.plus("as def in trait var threadsafe"),
                    Operators.of(ASSIGN_OPS, "-> :: ... ?. ?: *. .@ .& <=> =~ ==~ ** **= .. ..< === !=="))
            .dollarIdentifiers().tripleQuotes().tripleQuoteEscapes().tripleSingleQuotes().optionalSemicolons()
            .interpolation(Interpolation.DOLLAR_BRACE).build();

    static final CDialect CSHARP = CDialect.builder("C#", WordSet.of("""
                    abstract as base bool break byte case catch char checked class const continue decimal default
                    delegate do double else enum event explicit extern false finally fixed float for foreach goto if
                    implicit in int interface internal is lock long namespace new null object operator out override
                    params private protected public readonly ref return sbyte sealed short sizeof stackalloc static
                    string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual
                    void volatile while var async await
                    """), Operators.of(ASSIGN_OPS, "=> ?. ?? ??= :: -> .."))
            .preprocessor().dotBeforeLetter().tripleQuotes().csharpStrings().build();

    static final WordSet JAVASCRIPT_KEYWORDS = WordSet.of("""
            break case catch class const continue debugger default delete do else export extends false finally for
            function if import in instanceof new null return super switch this throw true try typeof var void while
            with yield let static enum await implements package protected interface private public
            """);

    private static final String JS_OPS = ASSIGN_OPS + " => ... ?. ?? ??= ** **= === !== &&= ||=";

    static final CDialect JAVASCRIPT = javascript("JavaScript", JAVASCRIPT_KEYWORDS);

    static final CDialect TYPESCRIPT = javascript("TypeScript", JAVASCRIPT_KEYWORDS.plus("""
            abstract any as asserts bigint boolean declare infer is keyof never readonly number object string symbol
            unique unknown satisfies
            """));

    static final CDialect GO = CDialect.builder("Go", WordSet.of("""
                    break case chan const continue default defer else fallthrough for func go goto if import interface
                    map package range return select struct switch type var
                    any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune
                    string uint uint8 uint16 uint32 uint64 uintptr true false iota nil
                    """), Operators.of(ASSIGN_OPS, ":= <- ... &^ &^="))
            .backtick(Backtick.RAW_STRING).optionalSemicolons().build();

    static final CDialect RUST = CDialect.builder("Rust", WordSet.of("""
                    as async await break const continue crate dyn else enum extern false fn for if impl in let loop
                    match mod move mut pub ref return self Self static struct super trait true type unsafe use where
                    while abstract become box do final macro override priv typeof unsized virtual yield try gen
                    bool char str i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64
                    """), Operators.of(ASSIGN_OPS, ":: -> => .. ..= ..."))
            .nestedComments().multilineStrings().rustStrings().singleQuote(SingleQuote.CHAR_OR_LIFETIME).build();

    static final CDialect SWIFT = CDialect.builder("Swift", WordSet.of("""
                    associatedtype class deinit enum extension fileprivate func import init inout internal let open
                    operator private precedencegroup protocol public rethrows static struct subscript typealias var
                    break case catch continue default defer do else fallthrough for guard if in repeat return throw
                    switch where while Any as await false is nil self Self super throws true try async some any
                    """), Operators.of(ASSIGN_OPS, "-> ... ..< ?? === !=="))
            .nestedComments().tripleQuotes().tripleQuoteEscapes().swiftRawStrings().optionalSemicolons()
            .singleQuote(SingleQuote.NONE).backtick(Backtick.IDENTIFIER)
            .interpolation(Interpolation.BACKSLASH_PAREN).build();

    static final CDialect PHP = CDialect.builder("PHP", WordSet.of("""
                    abstract and array as break callable case catch class clone const continue declare default do
                    echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile enum extends final
                    finally fn for foreach function global goto if implements include include_once instanceof
                    insteadof interface isset list match namespace new or print private protected public readonly
                    require require_once return static switch throw trait try unset use var while xor yield true false
                    null TRUE FALSE NULL self parent $this
                    """), Operators.of(ASSIGN_OPS, "-> ?-> => :: ?? ??= === !== <=> ** **= .= <> ..."))
            .php().dollarIdentifiers().multilineStrings().backtick(Backtick.RAW_STRING)
            .interpolation(Interpolation.PHP).build();

    private CDialects() {
    }

    private static CDialect.Builder builder(String name, WordSet keywords, Operators operators) {
        return CDialect.builder(name, keywords, operators).preprocessor().dotBeforeLetter().dollarIdentifiers();
    }

    private static CDialect cpp(String name, WordSet keywords, Operators operators) {
        return builder(name, keywords, operators).cppStrings().digitQuoteSeparator().build();
    }

    private static CDialect javascript(String name, WordSet keywords) {
        return CDialect.builder(name, keywords, Operators.of(JS_OPS))
                .dollarIdentifiers().regexLiterals().backtick(Backtick.TEMPLATE).optionalSemicolons()
                .build();
    }
}
