package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.provenance.inventory.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token tables: for each language, tricky literals and comments lex into exactly these tokens. A token is written
 * {@code K:text} with K the first letter of its type (Keyword, Identifier, Number, String, Operator, Comment,
 * Docstring, Text).
 */
class CodeLexerTokensTest {

    static String render(Tokens tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(tokens.type(i).name().charAt(0)).append(':').append(tokens.text(i));
        }
        return b.toString();
    }

    static Tokens lex(Language language, String source) {
        return Lexers.forLanguage(language).orElseThrow().lex(source);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("tables")
    void lexesIntoTheseTokens(Language language, String source, List<String> expected) {
        assertThat(render(lex(language, source))).isEqualTo(String.join("\n", expected));
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                // Python
                arguments(Language.PYTHON, "x = 0x_FF + 1_000j - 1e-3 + .5 + 0o17 + 0b1 + 3.",
                        List.of("I:x", "O:=", "N:0x_FF", "O:+", "N:1_000j", "O:-", "N:1e-3", "O:+", "N:.5", "O:+",
                                "N:0o17", "O:+", "N:0b1", "O:+", "N:3.")),
                arguments(Language.PYTHON, "s = rb'\\'' + f\"{x[\"k\"]!r:>{w}}\" + '''a\n'b'\n'''",
                        List.of("I:s", "O:=", "S:rb'\\''", "O:+", "S:f\"{x[\"k\"]!r:>{w}}\"", "O:+",
                                "S:'''a\n'b'\n'''")),
                arguments(Language.PYTHON, "\"\"\"Module doc.\"\"\"\nimport os  # comment\n",
                        List.of("D:\"\"\"Module doc.\"\"\"", "K:import", "I:os", "C:# comment")),
                arguments(Language.PYTHON, "class A(B):\n    'doc' \"more\"\n    def f(self) -> 'A':\n"
                                + "        \"\"\"f doc\"\"\"\n        return 'not doc'\n",
                        List.of("K:class", "I:A", "O:(", "I:B", "O:)", "O::", "D:'doc'", "D:\"more\"", "K:def",
                                "I:f", "O:(", "I:self", "O:)", "O:->", "S:'A'", "O::", "D:\"\"\"f doc\"\"\"",
                                "K:return", "S:'not doc'")),
                arguments(Language.PYTHON, "def f(): 'doc'.join(x)\n",
                        List.of("K:def", "I:f", "O:(", "O:)", "O::", "S:'doc'", "O:.", "I:join", "O:(", "I:x",
                                "O:)")),
                arguments(Language.PYTHON, "@dec\nasync def g(*a, **k):\n    if (n := len(a)) > 1: ...\n"
                                + "    return None or True\n",
                        List.of("O:@", "I:dec", "K:async", "K:def", "I:g", "O:(", "O:*", "I:a", "O:,", "O:**",
                                "I:k", "O:)", "O::", "K:if", "O:(", "I:n", "O::=", "I:len", "O:(", "I:a", "O:)",
                                "O:)", "O:>", "N:1", "O::", "O:...", "K:return", "K:None", "K:or", "K:True")),
                arguments(Language.PYTHON, "x = 1 + \\\n    2  # joined\nmatch = case = self",
                        List.of("I:x", "O:=", "N:1", "O:+", "N:2", "C:# joined", "I:match", "O:=", "I:case",
                                "O:=", "I:self")),
                // Java
                arguments(Language.JAVA, "long x = 0xFFL + 1_000 + 1.5e-3f + 'a' + '\\'' + .5d; // end",
                        List.of("K:long", "I:x", "O:=", "N:0xFFL", "O:+", "N:1_000", "O:+", "N:1.5e-3f", "O:+",
                                "S:'a'", "O:+", "S:'\\''", "O:+", "N:.5d", "O:;", "C:// end")),
                arguments(Language.JAVA, "String s = \"\"\"\n  a \"q\" \\\"\"\"\n  \"\"\"; /** doc */ @Override",
                        List.of("I:String", "I:s", "O:=", "S:\"\"\"\n  a \"q\" \\\"\"\"\n  \"\"\"", "O:;",
                                "C:/** doc */", "O:@", "I:Override")),
                arguments(Language.JAVA, "Map<String, List<Integer>> m = x >>> 2; var v = this::f;",
                        List.of("I:Map", "O:<", "I:String", "O:,", "I:List", "O:<", "I:Integer", "O:>", "O:>",
                                "I:m", "O:=", "I:x", "O:>", "O:>", "O:>", "N:2", "O:;", "I:var", "I:v", "O:=",
                                "K:this", "O:::", "I:f", "O:;")),
                // C and C++
                arguments(Language.C, "#include <stdio.h>\n#define MAX(a, b) ((a) > (b) ? (a) : (b))\n"
                                + "unsigned long n = 10UL; char c = '\\n';",
                        List.of("O:#", "K:include", "S:<stdio.h>", "O:#", "K:define", "I:MAX", "O:(", "I:a", "O:,",
                                "I:b", "O:)", "O:(", "O:(", "I:a", "O:)", "O:>", "O:(", "I:b", "O:)", "O:?", "O:(",
                                "I:a", "O:)", "O::", "O:(", "I:b", "O:)", "O:)", "K:unsigned", "K:long", "I:n",
                                "O:=", "N:10UL", "O:;", "K:char", "I:c", "O:=", "S:'\\n'", "O:;")),
                arguments(Language.C, "  #  if defined(X) \\\n  && Y\nint a = x / y; /* multi\nline */",
                        List.of("O:#", "K:if", "I:defined", "O:(", "I:X", "O:)", "O:&&", "I:Y", "K:int", "I:a",
                                "O:=", "I:x", "O:/", "I:y", "O:;", "C:/* multi\nline */")),
                arguments(Language.CPP, "auto s = R\"xy(a)\" )xy\"; auto t = u8\"z\"; int m = 1'000'000;",
                        List.of("K:auto", "I:s", "O:=", "S:R\"xy(a)\" )xy\"", "O:;", "K:auto", "I:t", "O:=",
                                "S:u8\"z\"", "O:;", "K:int", "I:m", "O:=", "N:1'000'000", "O:;")),
                arguments(Language.CPP, "std::vector<int> v; a <=> b; p->*q; float f = 1.f;",
                        List.of("I:std", "O:::", "I:vector", "O:<", "K:int", "O:>", "I:v", "O:;", "I:a", "O:<=>",
                                "I:b", "O:;", "I:p", "O:->*", "I:q", "O:;", "K:float", "I:f", "O:=", "N:1.f",
                                "O:;")),
                arguments(Language.CUDA, "__global__ void k(float* x) { k<<<g, b>>>(x); }",
                        List.of("K:__global__", "K:void", "I:k", "O:(", "K:float", "O:*", "I:x", "O:)", "O:{",
                                "I:k", "O:<<<", "I:g", "O:,", "I:b", "O:>", "O:>", "O:>", "O:(", "I:x", "O:)",
                                "O:;", "O:}")),
                // JavaScript and TypeScript
                arguments(Language.JAVASCRIPT, "const r = /a[/]b\\//gi.test(s) ? a / b / c : `t ${`u${v}`} }`;",
                        List.of("K:const", "I:r", "O:=", "S:/a[/]b\\//gi", "O:.", "I:test", "O:(", "I:s", "O:)",
                                "O:?", "I:a", "O:/", "I:b", "O:/", "I:c", "O::", "S:`t ${`u${v}`} }`", "O:;")),
                arguments(Language.JAVASCRIPT, "x = (a) / 2; return /re/.x; y = a++ / 2; z = 10n ?? a?.b;",
                        List.of("I:x", "O:=", "O:(", "I:a", "O:)", "O:/", "N:2", "O:;", "K:return", "S:/re/",
                                "O:.", "I:x", "O:;", "I:y", "O:=", "I:a", "O:++", "O:/", "N:2", "O:;", "I:z", "O:=",
                                "N:10n", "O:??", "I:a", "O:?.", "I:b", "O:;")),
                arguments(Language.TYPESCRIPT, "let n: number = a === b ? 1 : 2; type T = keyof U;",
                        List.of("K:let", "I:n", "O::", "K:number", "O:=", "I:a", "O:===", "I:b", "O:?", "N:1",
                                "O::", "N:2", "O:;", "I:type", "I:T", "O:=", "K:keyof", "I:U", "O:;")),
                // Go
                arguments(Language.GO, "s := `raw\n\\n` + \"x\" + string('\\'') // c\nvar i int64 = 0b1010",
                        List.of("I:s", "O::=", "S:`raw\n\\n`", "O:+", "S:\"x\"", "O:+", "K:string", "O:(",
                                "S:'\\''", "O:)", "C:// c", "K:var", "I:i", "K:int64", "O:=", "N:0b1010")),
                arguments(Language.GO, "ch <- x; y &^= 3",
                        List.of("I:ch", "O:<-", "I:x", "O:;", "I:y", "O:&^=", "N:3")),
                // Rust
                arguments(Language.RUST, "fn f<'a>(x: &'a str) -> char { let c = 'x'; let e = '\\u{1F600}'; c }",
                        List.of("K:fn", "I:f", "O:<", "I:'a", "O:>", "O:(", "I:x", "O::", "O:&", "I:'a",
                                "K:str", "O:)", "O:->", "K:char", "O:{", "K:let", "I:c", "O:=", "S:'x'", "O:;",
                                "K:let", "I:e", "O:=", "S:'\\u{1F600}'", "O:;", "I:c", "O:}")),
                arguments(Language.RUST, "let s = r#\"a \"q\" b\"#; let b = b'x'; /* a /* nested */ still */ 1u8",
                        List.of("K:let", "I:s", "O:=", "S:r#\"a \"q\" b\"#", "O:;", "K:let", "I:b", "O:=",
                                "S:b'x'", "O:;", "C:/* a /* nested */ still */", "N:1u8")),
                arguments(Language.RUST, "for i in 0..10 { x.0.max(1_000i64); } 1.5e10f64",
                        List.of("K:for", "I:i", "K:in", "N:0", "O:..", "N:10", "O:{", "I:x", "O:.", "N:0", "O:.",
                                "I:max", "O:(", "N:1_000i64", "O:)", "O:;", "O:}", "N:1.5e10f64")),
                // Kotlin, Scala, Groovy, C#, Swift
                arguments(Language.KOTLIN, "val s = \"a ${m[\"k\"]} b\" + \"\"\"raw \\n\"\"\" ?: x!!",
                        List.of("K:val", "I:s", "O:=", "S:\"a ${m[\"k\"]} b\"", "O:+", "S:\"\"\"raw \\n\"\"\"",
                                "O:?:", "I:x", "O:!!")),
                arguments(Language.SCALA, "val f = (x: Int) => s\"v=$x\" :: 'sym :: 'c' :: Nil",
                        List.of("K:val", "I:f", "O:=", "O:(", "I:x", "O::", "I:Int", "O:)", "O:=>",
                                "S:s\"v=$x\"", "O:::", "S:'sym", "O:::", "S:'c'", "O:::", "I:Nil")),
                arguments(Language.GROOVY, "def s = '''a\nb''' + \"${x}\" ?: y",
                        List.of("K:def", "I:s", "O:=", "S:'''a\nb'''", "O:+", "S:\"${x}\"", "O:?:", "I:y")),
                arguments(Language.CSHARP, "var s = @\"C:\\a\"\"b\" + $\"{x:N2}\"; #region R",
                        List.of("K:var", "I:s", "O:=", "S:@\"C:\\a\"\"b\"", "O:+", "S:$\"{x:N2}\"", "O:;", "O:#",
                                "I:region", "I:R")),
                arguments(Language.SWIFT, "let s = \"a \\(f(\"x\")) b\" + #\"raw \"q\"\"#",
                        List.of("K:let", "I:s", "O:=", "S:\"a \\(f(\"x\")) b\"", "O:+", "S:#\"raw \"q\"\"#")),
                arguments(Language.OBJECTIVE_C, "@interface A : NSObject\n@property NSString *s;\n@end",
                        List.of("K:@interface", "I:A", "O::", "I:NSObject", "K:@property", "I:NSString", "O:*",
                                "I:s", "O:;", "K:@end")),
                arguments(Language.PHP, "<h1>Hi</h1>\n<?php $x = \"a {$y[\"k\"]}\"; # c\necho $this->x; ?>\nbye",
                        List.of("T:<h1>Hi</h1>", "O:<?php", "I:$x", "O:=", "S:\"a {$y[\"k\"]}\"", "O:;", "C:# c",
                                "K:echo", "K:$this", "O:->", "I:x", "O:;", "O:?>", "T:bye")),
                // Shell
                arguments(Language.SHELL, "#!/bin/sh\nNAME=\"${1:-x}\"\nif [ -n \"$NAME\" ]; then echo $NAME 2>&1; fi",
                        List.of("C:#!/bin/sh", "I:NAME", "O:=", "S:\"${1:-x}\"", "K:if", "T:[", "T:-n",
                                "S:\"$NAME\"", "T:]", "O:;", "K:then", "T:echo", "I:$NAME", "N:2", "O:>&", "N:1",
                                "O:;", "K:fi")),
                arguments(Language.SHELL, "cat <<-EOF > out\n\thello $x\n\tEOF\nx=$(ls \"a b\") # c",
                        List.of("T:cat", "O:<<-", "T:EOF", "O:>", "T:out", "S:\thello $x\n\tEOF", "I:x", "O:=",
                                "O:$(", "T:ls", "S:\"a b\"", "O:)", "C:# c")),
                arguments(Language.SHELL, "echo 'it''s' a#b ${#arr[@]} $'\\n'",
                        List.of("T:echo", "S:'it'", "S:'s'", "T:a#b", "I:${#arr[@]}", "S:$'\\n'")));
    }
}
