package dev.provenance.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.scan.IssueCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileClassifierTest {
    private final FileClassifier classifier = new FileClassifier();

    private Classification classify(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return classifier.classify(path, bytes, bytes.length, bytes.length);
    }

    private Classification classify(String path, byte[] bytes) {
        return classifier.classify(path, bytes, bytes.length, bytes.length);
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        // source
        "src/Main.java, SOURCE, JAVA",
        "app/Build.kt, SOURCE, KOTLIN",
        "build.main.kts, SOURCE, KOTLIN",
        "a/B.scala, SOURCE, SCALA",
        "a/b.groovy, SOURCE, GROOVY",
        "modeling_llama.py, SOURCE, PYTHON",
        "stubs/x.pyi, SOURCE, PYTHON",
        "lib/x.c, SOURCE, C",
        "lib/x.h, SOURCE, C",
        "lib/x.cc, SOURCE, CPP",
        "lib/x.cpp, SOURCE, CPP",
        "lib/x.hpp, SOURCE, CPP",
        "lib/x.hxx, SOURCE, CPP",
        "kernels/attn.cu, SOURCE, CUDA",
        "kernels/attn.cuh, SOURCE, CUDA",
        "web/a.js, SOURCE, JAVASCRIPT",
        "web/a.mjs, SOURCE, JAVASCRIPT",
        "web/a.cjs, SOURCE, JAVASCRIPT",
        "web/A.jsx, SOURCE, JAVASCRIPT",
        "web/a.ts, SOURCE, TYPESCRIPT",
        "web/A.tsx, SOURCE, TYPESCRIPT",
        "web/types.d.ts, SOURCE, TYPESCRIPT",
        "cmd/main.go, SOURCE, GO",
        "src/lib.rs, SOURCE, RUST",
        "run.sh, SOURCE, SHELL",
        "run.bash, SOURCE, SHELL",
        "a.zsh, SOURCE, SHELL",
        "a.rb, SOURCE, RUBY",
        "index.php, SOURCE, PHP",
        "Program.cs, SOURCE, CSHARP",
        "App.swift, SOURCE, SWIFT",
        "View.m, SOURCE, OBJECTIVE_C",
        "View.mm, SOURCE, OBJECTIVE_C",
        "script.pl, SOURCE, PERL",
        "Module.pm, SOURCE, PERL",
        "init.lua, SOURCE, LUA",
        "analysis.R, SOURCE, R",
        "schema.sql, SOURCE, SQL",
        "index.html, SOURCE, HTML",
        "site.css, SOURCE, CSS",
        "SRC/UPPER.JAVA, SOURCE, JAVA",
        // config
        "config.json, CONFIG, JSON",
        "generation_config.json, CONFIG, JSON",
        "ci.yaml, CONFIG, YAML",
        "ci.yml, CONFIG, YAML",
        "rustfmt.toml, CONFIG, TOML",
        "tox.ini, CONFIG, INI",
        "a.cfg, CONFIG, INI",
        "nginx.conf, CONFIG, INI",
        "layout.xml, CONFIG, XML",
        "app.properties, CONFIG, PROPERTIES",
        "chat_template.jinja, CONFIG, JINJA",
        "prompt.j2, CONFIG, JINJA",
        ".eslintrc.json, CONFIG, JSON",
        // tokenizer
        "tokenizer.json, TOKENIZER, JSON",
        "tokenizer_config.json, TOKENIZER, JSON",
        "vocab.json, TOKENIZER, JSON",
        "vocab.txt, TOKENIZER, TEXT",
        "merges.txt, TOKENIZER, TEXT",
        "special_tokens_map.json, TOKENIZER, JSON",
        "added_tokens.json, TOKENIZER, JSON",
        "cl100k_base.tiktoken, TOKENIZER, TEXT",
        // legal
        "LICENSE, LEGAL, TEXT",
        "LICENSE.txt, LEGAL, TEXT",
        "LICENSE.md, LEGAL, MARKDOWN",
        "License-MIT, LEGAL, TEXT",
        "LICENSE.APACHE2, LEGAL, TEXT",
        "licence, LEGAL, TEXT",
        "COPYING, LEGAL, TEXT",
        "COPYING.LESSER, LEGAL, TEXT",
        "COPYING.LIB, LEGAL, TEXT",
        "COPYRIGHT, LEGAL, TEXT",
        "debian/copyright, LEGAL, TEXT",
        "NOTICE, LEGAL, TEXT",
        "NOTICE.md, LEGAL, MARKDOWN",
        "THIRD_PARTY_NOTICES.txt, LEGAL, TEXT",
        "THIRD-PARTY-LICENSES, LEGAL, TEXT",
        "ThirdPartyNotices.txt, LEGAL, TEXT",
        "thirdpartylicenses.rst, LEGAL, RESTRUCTURED_TEXT",
        "CREDITS, LEGAL, TEXT",
        "ACKNOWLEDGEMENTS.md, LEGAL, MARKDOWN",
        "ACKNOWLEDGMENTS, LEGAL, TEXT",
        "PATENTS, LEGAL, TEXT",
        "Open Source Software Notice.txt, LEGAL, TEXT",
        "OPEN_SOURCE_SOFTWARE_NOTICE.md, LEGAL, MARKDOWN",
        "open-source-software-notice, LEGAL, TEXT",
        "LICENSE.html, LEGAL, HTML",
        "LICENSES/Apache-2.0.txt, LEGAL, TEXT",
        "sub/LICENSES/MIT.txt, LEGAL, TEXT",
        // names that merely start like legal files are code when their extension says so
        "license.py, SOURCE, PYTHON",
        "src/LicenseCatalog.java, SOURCE, JAVA",
        "licenses.json, CONFIG, JSON",
        "notice.ts, SOURCE, TYPESCRIPT",
        // manifests
        "pom.xml, MANIFEST, XML",
        "package.json, MANIFEST, JSON",
        "pyproject.toml, MANIFEST, TOML",
        "setup.cfg, MANIFEST, INI",
        "setup.py, MANIFEST, PYTHON",
        "Cargo.toml, MANIFEST, TOML",
        "go.mod, MANIFEST, NONE",
        "build.gradle, MANIFEST, GROOVY",
        "build.gradle.kts, MANIFEST, KOTLIN",
        "rails.gemspec, MANIFEST, RUBY",
        "composer.json, MANIFEST, JSON",
        "sub/module/pom.xml, MANIFEST, XML",
        // docs
        "docs/guide.md, DOC, MARKDOWN",
        "CHANGES.markdown, DOC, MARKDOWN",
        "docs/index.rst, DOC, RESTRUCTURED_TEXT",
        "notes.txt, DOC, TEXT",
        "manual.adoc, DOC, ASCIIDOC",
        "man/tool.1, DOC, TEXT",
        "README, DOC, TEXT",
        "AUTHORS, DOC, TEXT",
        "AUTHORS.md, DOC, MARKDOWN",
        "README.md, DOC, MARKDOWN",
        "docs/readme.MD, DOC, MARKDOWN",
        // other text
        "Makefile, OTHER, NONE",
        "Dockerfile, OTHER, NONE",
        ".gitignore, OTHER, NONE",
        "data.csv, OTHER, NONE",
    })
    void textFilesAreClassifiedByName(String path, FileKind kind, Language language) {
        Classification c = classify(path, "some text\n");
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.language()).isEqualTo(language);
        assertThat(c.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(c.issues()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "model.safetensors, WEIGHTS",
        "pytorch_model.bin, WEIGHTS",
        "model.pt, WEIGHTS",
        "model.pth, WEIGHTS",
        "last.ckpt, WEIGHTS",
        "llama-7b.Q4_K_M.gguf, WEIGHTS",
        "model.onnx, WEIGHTS",
        "tf_model.h5, WEIGHTS",
        "flax_model.msgpack, WEIGHTS",
        "tokenizer.model, TOKENIZER",
        "dist/app.zip, ARCHIVE",
        "lib/x.jar, ARCHIVE",
        "x.war, ARCHIVE",
        "pkg-1.0-py3-none-any.whl, ARCHIVE",
        "src.tar, ARCHIVE",
        "src.tar.gz, ARCHIVE",
        "src.tgz, ARCHIVE",
        "a.bz2, ARCHIVE",
        "a.xz, ARCHIVE",
        "a.zst, ARCHIVE",
        "a.7z, ARCHIVE",
        "a.rar, ARCHIVE",
        "a.egg, ARCHIVE",
        "a.nupkg, ARCHIVE",
        "logo.png, BINARY",
        "photo.JPG, BINARY",
        "anim.gif, BINARY",
        "favicon.ico, BINARY",
        "paper.pdf, BINARY",
        "Main.class, BINARY",
        "libx.so, BINARY",
        "libx.so.1.2, BINARY",
        "x.dll, BINARY",
        "x.exe, BINARY",
        "x.o, BINARY",
        "libx.a, BINARY",
        "__pycache__/x.cpython-311.pyc, BINARY",
        "font.woff2, BINARY",
        "blob, BINARY",
        "LICENSE.pdf, BINARY",
    })
    void binaryContentUnderABinaryNameIsNotAnIssue(String path, FileKind kind) {
        Classification c = classify(path, binary());
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.language()).isEqualTo(Language.NONE);
        assertThat(c.charset()).isNull();
        assertThat(c.issues()).isEmpty();
    }

    @ParameterizedTest(name = "{0} holding bytes is binary content")
    @CsvSource({
        "src/Main.java, source (java)",
        "config.json, config (json)",
        "LICENSE, legal (text)",
        "README.md, doc (markdown)",
        "pom.xml, manifest (xml)",
    })
    void binaryContentUnderATextNameIsReported(String path, String named) {
        Classification c = classify(path, binary());
        assertThat(c.kind()).isEqualTo(FileKind.BINARY);
        assertThat(c.charset()).isNull();
        assertThat(c.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.BINARY_CONTENT);
            assertThat(issue.path()).isEqualTo(path);
            assertThat(issue.message()).isEqualTo("named as " + named + " but holds binary content; not analysed");
        });
    }

    @Test
    void manyControlBytesWithoutNulAreBinary() {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 40; i++) {
            bytes[i * 5] = 0x01;
        }
        assertThat(classify("data.txt", bytes).kind()).isEqualTo(FileKind.BINARY);
    }

    @Test
    void aFewControlBytesLeaveTextAlone() {
        byte[] bytes = "line one\n\u001b[1mbold\u001b[0m\fnext page\n\u0007bell\n".getBytes(StandardCharsets.UTF_8);
        assertThat(classify("out.txt", bytes).kind()).isEqualTo(FileKind.DOC);
    }

    @Test
    void aReadmeWithFrontMatterIsAModelCard() {
        Classification c = classify("README.md", "---\nlicense: apache-2.0\n---\n# Model\n");
        assertThat(c.kind()).isEqualTo(FileKind.MODEL_CARD);
        assertThat(c.language()).isEqualTo(Language.MARKDOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "readme.md", "ReadMe.markdown", "models/llama/README.md"})
    void frontMatterMakesAModelCardUnderAnyCaseAndDirectory(String path) {
        assertThat(classify(path, "---\r\nlicense: mit\r\n---\r\n").kind()).isEqualTo(FileKind.MODEL_CARD);
    }

    @Test
    void frontMatterAfterAByteOrderMarkStillCounts() {
        assertThat(classify("README.md", "\uFEFF---\nlicense: mit\n---\n").kind()).isEqualTo(FileKind.MODEL_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Title\n---\n", "----\nnot front matter\n", "--- title\n", "", "\n---\n"})
    void aReadmeWithoutFrontMatterIsDoc(String content) {
        assertThat(classify("README.md", content).kind()).isEqualTo(FileKind.DOC);
    }

    @Test
    void frontMatterDoesNotMakeOtherMarkdownAModelCard() {
        assertThat(classify("docs/post.md", "---\ntitle: x\n---\n").kind()).isEqualTo(FileKind.DOC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.safetensors", "pytorch_model.bin", "data/train.csv", "anything"})
    void aGitLfsPointerIsAnLfsPointerWhateverItsName(String path) {
        Classification c = classify(path, "version https://git-lfs.github.com/spec/v1\n"
                + "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n");
        assertThat(c.kind()).isEqualTo(FileKind.LFS_POINTER);
        assertThat(c.issues()).isEmpty();
    }

    @Test
    void aLargeFileStartingLikeAPointerIsNotOne() {
        byte[] head = "version https://git-lfs.github.com/spec/v1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(classifier.classify("notes.txt", head, head.length, 1_000_000).kind()).isEqualTo(FileKind.DOC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "#!/usr/bin/env python3|PYTHON",
        "#!/usr/bin/python3.11 -u|PYTHON",
        "#!/bin/sh|SHELL",
        "#!/bin/bash -e|SHELL",
        "#! /usr/bin/env bash|SHELL",
        "#!/usr/bin/env -S node --no-warnings|JAVASCRIPT",
        "#!/usr/bin/env ruby|RUBY",
        "#!/usr/bin/perl -w|PERL",
        "#!/usr/bin/env Rscript|R",
        "#!/usr/bin/env deno|TYPESCRIPT",
        "#!/usr/bin/env LANG=C python|PYTHON",
    })
    void aShebangGivesAnExtensionlessScriptItsLanguage(String firstLine, Language language) {
        Classification c = classify("bin/tool", firstLine + "\nprint('x')\n");
        assertThat(c.kind()).isEqualTo(FileKind.SOURCE);
        assertThat(c.language()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!/usr/bin/env unknown-thing\n", "#!\n", "# not a shebang\n", "#!/usr/bin/env\n"})
    void anUnknownOrMissingInterpreterLeavesTheFileOther(String content) {
        assertThat(classify("bin/tool", content).kind()).isEqualTo(FileKind.OTHER);
    }

    @Test
    void anExtensionOutranksTheShebang() {
        Classification c = classify("run.py", "#!/bin/sh\n");
        assertThat(c.language()).isEqualTo(Language.PYTHON);
    }

    // charsets

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EFBBBF, UTF-8",
        "FFFE, UTF-16LE",
        "FEFF, UTF-16BE",
        "FFFE0000, UTF-32LE",
        "0000FEFF, UTF-32BE",
    })
    void aByteOrderMarkDecidesTheCharset(String bomHex, String charset) {
        Charset cs = Charset.forName(charset);
        byte[] bom = hex(bomHex);
        byte[] text = "int x = 1; // caf\u00e9\n".getBytes(cs);
        byte[] bytes = concat(bom, text);
        Classification c = classify("a.c", bytes);
        assertThat(c.kind()).isEqualTo(FileKind.SOURCE);
        assertThat(c.charset()).isEqualTo(cs);
        assertThat(c.issues()).isEmpty();
    }

    @Test
    void utf16WithoutAByteOrderMarkIsBinary() {
        byte[] bytes = "hello world\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(classify("notes.dat", bytes).kind()).isEqualTo(FileKind.BINARY);
    }

    @Test
    void validUtf8IsUtf8() {
        assertThat(classify("a.txt", "na\u00efve \u65e5\u672c \uD83D\uDE00\n").charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(classify("a.txt", latin1).charset()).isEqualTo(FileClassifier.FALLBACK_CHARSET);
    }

    @Test
    void aMultiByteCharacterCutByTheSniffLimitIsStillUtf8() {
        byte[] file = new byte[FileClassifier.SNIFF_BYTES + 10];
        Arrays.fill(file, (byte) 'a');
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, file, FileClassifier.SNIFF_BYTES - 1, euro.length);
        Classification c = classifier.classify("a.txt", file, FileClassifier.SNIFF_BYTES, file.length);
        assertThat(c.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMultiByteCharacterCutByTheEndOfTheFileIsInvalid() {
        byte[] file = {'a', 'b', (byte) 0xE2, (byte) 0x82};
        assertThat(classify("a.txt", file).charset()).isEqualTo(FileClassifier.FALLBACK_CHARSET);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F5808080", "80", "FF"})
    void overlongSurrogateAndOutOfRangeSequencesAreNotUtf8(String badHex) {
        byte[] bytes = concat("ok ".getBytes(StandardCharsets.US_ASCII), hex(badHex));
        assertThat(Utf8.firstMalformed(bytes, 0, bytes.length, false)).isEqualTo(3);
    }

    @Test
    void binaryKindsHaveNoCharset() {
        assertThat(classify("weights.bin", "plain text\n").charset()).isNull();
        assertThat(classify("a.zip", "plain text\n").charset()).isNull();
    }

    // traits

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "// Code generated by protoc-gen-go. DO NOT EDIT.\npackage x\n",
        "/*\n * @generated by some tool\n */\n",
        "# Generated by the protocol buffer compiler.  DO NOT EDIT!\n",
        "// This file was automatically generated from schema.json\n",
        "# autogenerated\n",
        "// Auto-generated file: do not touch\n",
        "/* Generated file. Do not edit. */\n",
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n// @generated\n",
    })
    void generatedMarkersInTheFirstLinesMarkAFileGenerated(String content) {
        assertThat(classify("src/x.go", content).traits()).contains(FileTrait.GENERATED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "package x\n// the id is generated on insert\n",
        "// Please do not edit lightly\n",
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n// @generated\n",
    })
    void ordinaryTextAndLateMarkersDoNotMarkAFileGenerated(String content) {
        assertThat(classify("src/x.go", content).traits()).doesNotContain(FileTrait.GENERATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/service_pb2.py", "api/service_pb2_grpc.py", "api/service.pb.go", "api/service.pb.h",
        "package-lock.json", "web/yarn.lock", "Cargo.lock"})
    void generatedNamesMarkAFileGenerated(String path) {
        assertThat(classify(path, "x\n").traits()).contains(FileTrait.GENERATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/app.min.js", "static/site.min.css"})
    void minifiedNamesMarkAFileMinified(String path) {
        assertThat(classify(path, "x\n").traits()).contains(FileTrait.MINIFIED);
    }

    @Test
    void veryLongLinesMarkJavaScriptMinified() {
        String oneLine = "var a=1;".repeat(500) + "\n";
        assertThat(classify("static/app.js", oneLine).traits()).contains(FileTrait.MINIFIED);
    }

    @Test
    void ordinaryJavaScriptAndLongLinesElsewhereAreNotMinified() {
        String code = "function f(a, b) {\n  return a + b;\n}\n".repeat(50);
        assertThat(classify("static/app.js", code).traits()).doesNotContain(FileTrait.MINIFIED);
        String longLines = "word ".repeat(1000) + "\n";
        assertThat(classify("notes.txt", longLines).traits()).doesNotContain(FileTrait.MINIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"third_party/zlib/inflate.c", "a/third-party/x.c", "thirdparty/x.c", "3rdparty/x.c",
        "vendor/github.com/x/y.go", "src/vendored/x.py", "external/x.cc", "extern/x.h", "deps/x.c",
        "web/node_modules/left-pad/index.js", "bower_components/x.js", "pip/_vendor/x.py",
        "venv/lib/python3.11/site-packages/x.py", "Vendor/x.c"})
    void aVendorDirectoryAnywhereMarksAFileVendored(String path) {
        assertThat(classify(path, "x\n").traits()).contains(FileTrait.VENDORED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/vendor.c", "src/vendors/x.c", "externals/x.c", "my_deps/x.c", "vendor"})
    void vendorNamesElsewhereDoNotMarkAFileVendored(String path) {
        assertThat(classify(path, "x\n").traits()).doesNotContain(FileTrait.VENDORED);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
