package dev.provenance.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Independently written code that shares the shape of typical library code but was not copied: accessors, value
 * classes, string helpers, an argparse block, a training loop; and own code under an upstream file's license header
 * (taken at test time from the upstream file, never committed). None of it may match.
 */
final class NearMisses {
    private NearMisses() {
    }

    static Map<String, String> java(List<SnippetQualityBenchmarkTest.Upstream> upstream) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Customer.java", """
                package com.example.shop;

                import java.util.Objects;

                public class Customer {
                    private String name;
                    private String email;
                    private int age;
                    private boolean active;
                    private long createdAt;
                    private String city;

                    public String getName() {
                        return name;
                    }

                    public void setName(String name) {
                        this.name = name;
                    }

                    public String getEmail() {
                        return email;
                    }

                    public void setEmail(String email) {
                        this.email = email;
                    }

                    public int getAge() {
                        return age;
                    }

                    public void setAge(int age) {
                        this.age = age;
                    }

                    public boolean isActive() {
                        return active;
                    }

                    public void setActive(boolean active) {
                        this.active = active;
                    }

                    public long getCreatedAt() {
                        return createdAt;
                    }

                    public void setCreatedAt(long createdAt) {
                        this.createdAt = createdAt;
                    }

                    public String getCity() {
                        return city;
                    }

                    public void setCity(String city) {
                        this.city = city;
                    }

                    @Override
                    public boolean equals(Object o) {
                        if (this == o) {
                            return true;
                        }
                        if (!(o instanceof Customer)) {
                            return false;
                        }
                        Customer other = (Customer) o;
                        return age == other.age && active == other.active && Objects.equals(name, other.name)
                                && Objects.equals(email, other.email);
                    }

                    @Override
                    public int hashCode() {
                        return Objects.hash(name, email, age, active);
                    }

                    @Override
                    public String toString() {
                        return "Customer{name=" + name + ", email=" + email + ", age=" + age + "}";
                    }
                }
                """);
        m.put("TextTools.java", """
                package com.example.text;

                public final class TextTools {
                    private TextTools() {
                    }

                    public static boolean isBlank(CharSequence text) {
                        if (text == null) {
                            return true;
                        }
                        for (int i = 0; i < text.length(); i++) {
                            if (!Character.isWhitespace(text.charAt(i))) {
                                return false;
                            }
                        }
                        return true;
                    }

                    public static String reverse(String text) {
                        if (text == null) {
                            return null;
                        }
                        return new StringBuilder(text).reverse().toString();
                    }

                    public static String repeat(char c, int times) {
                        if (times <= 0) {
                            return "";
                        }
                        char[] out = new char[times];
                        java.util.Arrays.fill(out, c);
                        return new String(out);
                    }

                    public static int countMatches(String text, char c) {
                        if (text == null || text.isEmpty()) {
                            return 0;
                        }
                        int count = 0;
                        for (int i = 0; i < text.length(); i++) {
                            if (text.charAt(i) == c) {
                                count++;
                            }
                        }
                        return count;
                    }

                    public static String capitalize(String text) {
                        if (text == null || text.isEmpty()) {
                            return text;
                        }
                        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
                    }

                    public static boolean isNumeric(String text) {
                        if (text == null || text.isEmpty()) {
                            return false;
                        }
                        for (int i = 0; i < text.length(); i++) {
                            if (!Character.isDigit(text.charAt(i))) {
                                return false;
                            }
                        }
                        return true;
                    }
                }
                """);
        m.put("Range.java", """
                package com.example.math;

                public final class Range implements Comparable<Range> {
                    private final int low;
                    private final int high;

                    public Range(int low, int high) {
                        if (low > high) {
                            throw new IllegalArgumentException("low > high: " + low + " > " + high);
                        }
                        this.low = low;
                        this.high = high;
                    }

                    public int low() {
                        return low;
                    }

                    public int high() {
                        return high;
                    }

                    public boolean contains(int value) {
                        return value >= low && value <= high;
                    }

                    public boolean overlaps(Range other) {
                        return other.low <= high && low <= other.high;
                    }

                    public Range intersection(Range other) {
                        if (!overlaps(other)) {
                            throw new IllegalArgumentException("disjoint: " + this + ", " + other);
                        }
                        return new Range(Math.max(low, other.low), Math.min(high, other.high));
                    }

                    @Override
                    public int compareTo(Range o) {
                        int c = Integer.compare(low, o.low);
                        return c != 0 ? c : Integer.compare(high, o.high);
                    }

                    @Override
                    public boolean equals(Object o) {
                        return o instanceof Range r && r.low == low && r.high == high;
                    }

                    @Override
                    public int hashCode() {
                        return 31 * low + high;
                    }

                    @Override
                    public String toString() {
                        return "[" + low + ".." + high + "]";
                    }
                }
                """);
        m.put("Licensed.java", header(upstream.get(0).text(), "/*") + """
                package com.example.tool;

                import java.util.ArrayList;
                import java.util.List;

                public final class Inventory {
                    private final List<String> items = new ArrayList<>();

                    public void add(String item) {
                        if (item == null || item.isBlank()) {
                            throw new IllegalArgumentException("empty item");
                        }
                        items.add(item.strip());
                    }

                    public int count(String prefix) {
                        int n = 0;
                        for (String item : items) {
                            if (item.startsWith(prefix)) {
                                n++;
                            }
                        }
                        return n;
                    }
                }
                """);
        return m;
    }

    static Map<String, String> python(List<SnippetQualityBenchmarkTest.Upstream> upstream) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cli.py", """
                import argparse
                import sys


                def parse_args(argv=None):
                    parser = argparse.ArgumentParser(description="Train a small classifier.")
                    parser.add_argument("--data", type=str, required=True, help="path to the data set")
                    parser.add_argument("--epochs", type=int, default=10, help="number of epochs")
                    parser.add_argument("--batch-size", type=int, default=32, help="mini-batch size")
                    parser.add_argument("--lr", type=float, default=0.001, help="learning rate")
                    parser.add_argument("--seed", type=int, default=0, help="random seed")
                    parser.add_argument("--device", type=str, default="cpu", choices=["cpu", "cuda"])
                    parser.add_argument("--output", type=str, default="model.pt", help="where to save")
                    parser.add_argument("--verbose", action="store_true", help="print progress")
                    return parser.parse_args(argv)


                def main():
                    args = parse_args()
                    if args.verbose:
                        print("training on", args.data, "for", args.epochs, "epochs")
                    return 0


                if __name__ == "__main__":
                    sys.exit(main())
                """);
        m.put("train.py", """
                import torch
                import torch.nn as nn
                import torch.nn.functional as F


                class Net(nn.Module):
                    def __init__(self, in_features, hidden, classes):
                        super().__init__()
                        self.fc1 = nn.Linear(in_features, hidden)
                        self.fc2 = nn.Linear(hidden, hidden)
                        self.out = nn.Linear(hidden, classes)

                    def forward(self, x):
                        x = F.relu(self.fc1(x))
                        x = F.relu(self.fc2(x))
                        return self.out(x)


                def train(model, loader, epochs, lr, device):
                    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
                    model.to(device)
                    for epoch in range(epochs):
                        model.train()
                        total = 0.0
                        for inputs, targets in loader:
                            inputs, targets = inputs.to(device), targets.to(device)
                            optimizer.zero_grad()
                            outputs = model(inputs)
                            loss = F.cross_entropy(outputs, targets)
                            loss.backward()
                            optimizer.step()
                            total += loss.item()
                        print(f"epoch {epoch}: loss {total / len(loader):.4f}")


                @torch.no_grad()
                def evaluate(model, loader, device):
                    model.eval()
                    correct = 0
                    seen = 0
                    for inputs, targets in loader:
                        outputs = model(inputs.to(device))
                        correct += (outputs.argmax(dim=1) == targets.to(device)).sum().item()
                        seen += targets.size(0)
                    return correct / max(seen, 1)
                """);
        m.put("config.py", """
                class Config:
                    def __init__(self, name, size, rate):
                        self._name = name
                        self._size = size
                        self._rate = rate

                    @property
                    def name(self):
                        return self._name

                    @name.setter
                    def name(self, value):
                        self._name = value

                    @property
                    def size(self):
                        return self._size

                    @size.setter
                    def size(self, value):
                        if value < 0:
                            raise ValueError("size must not be negative")
                        self._size = value

                    @property
                    def rate(self):
                        return self._rate

                    @rate.setter
                    def rate(self, value):
                        self._rate = float(value)

                    def __repr__(self):
                        return f"Config(name={self._name!r}, size={self._size}, rate={self._rate})"

                    def __eq__(self, other):
                        if not isinstance(other, Config):
                            return NotImplemented
                        return (self._name, self._size, self._rate) == (other._name, other._size, other._rate)
                """);
        String header = upstream.stream().map(u -> header(u.text(), "#")).filter(h -> h.lines().count() >= 3)
                .findFirst().orElse("");
        m.put("licensed.py", header + """
                import os


                def list_checkpoints(folder, suffix=".pt"):
                    found = []
                    for entry in sorted(os.listdir(folder)):
                        if entry.endswith(suffix):
                            found.append(os.path.join(folder, entry))
                    return found


                def latest(folder):
                    names = list_checkpoints(folder)
                    if not names:
                        raise FileNotFoundError(folder)
                    return max(names, key=os.path.getmtime)
                """);
        return m;
    }

    /**
     * The leading comment block of an upstream file (its license header, when it has one): the first
     * {@code /* … *}{@code /} block for Java, the leading {@code #} lines for Python; empty when there is none.
     */
    private static String header(String upstream, String marker) {
        StringBuilder out = new StringBuilder();
        String[] lines = upstream.split("\n", -1);
        if (marker.equals("/*")) {
            int end = upstream.indexOf("*/");
            return upstream.startsWith("/*") && end > 0 ? upstream.substring(0, end + 2) + "\n" : "";
        }
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
