package dev.provenance.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs another program's {@code main} in this JVM under a {@link HeapWatch}, so a peer tool (Apache RAT) gets the
 * same heap accounting as Provenance's own benchmark. When the JVM ends, normally or through
 * {@code System.exit}, one line goes to standard error:
 * <pre>WATCH main_ms=… heap_pool_peak=… heap_sampled_peak=… outcome=returned|threw|exited</pre>
 * Usage: {@code java -cp bench.jar:tool.jar dev.provenance.bench.Watched <main-class> [args...]}.
 */
public final class Watched {
    private Watched() {
    }

    /** Runs {@code args[0]}'s {@code main} with the remaining arguments. */
    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length == 0) {
            System.err.println("usage: Watched <main-class> [args...]");
            System.exit(2);
        }
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new NoSuchMethodException(args[0] + ".main is not static");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);

        HeapWatch watch = new HeapWatch(Duration.ofMillis(10));
        String[] outcome = {"exited"};
        long start = System.nanoTime();
        watch.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long elapsed = System.nanoTime() - start;
            HeapWatch.HeapPeak peak = watch.stop();
            System.err.printf(Locale.ROOT, "WATCH main_ms=%d heap_pool_peak=%d heap_sampled_peak=%d outcome=%s%n",
                    elapsed / 1_000_000, peak.poolPeaks(), peak.sampled(), outcome[0]);
        }, "watch-report"));
        try {
            main.invoke(null, (Object) rest);
            outcome[0] = "returned";
        } catch (InvocationTargetException e) {
            outcome[0] = "threw";
            e.getCause().printStackTrace();
            System.exit(1);
        }
    }
}
