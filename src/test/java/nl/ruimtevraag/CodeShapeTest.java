package nl.ruimtevraag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape rules of issue 19, checked on the compiled main classes so that no later change
 * brings back a 54-argument constructor or a class cycle: no method or constructor takes more than
 * {@value #MAX_PARAMETERS} parameters (a record's canonical constructor is bounded by its
 * components instead), no record has more than {@value #MAX_COMPONENTS} components, and no two
 * top-level classes depend on each other, directly or through others (jdeps, run in-process).
 */
class CodeShapeTest {
    static final int MAX_PARAMETERS = 10;
    static final int MAX_COMPONENTS = 15;
    static final Path CLASSES = Path.of("target/classes");

    @Test
    void noMethodOrConstructorTakesMoreThanTenParameters() throws Exception {
        List<String> wide = new ArrayList<>();
        for (Class<?> c : mainClasses()) {
            List<Executable> all = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
            all.addAll(Arrays.asList(c.getDeclaredConstructors()));
            for (Executable e : all) {
                if (e.isSynthetic() || canonical(c, e)) continue;
                if (e.getParameterCount() > MAX_PARAMETERS) wide.add(c.getName() + "." + e.getName() + ": " + e.getParameterCount());
            }
        }
        assertEquals(List.of(), wide, "methods or constructors with more than " + MAX_PARAMETERS + " parameters");
    }

    @Test
    void noRecordHasMoreThanFifteenComponents() throws Exception {
        List<String> wide = new ArrayList<>();
        for (Class<?> c : mainClasses()) {
            if (c.isRecord() && c.getRecordComponents().length > MAX_COMPONENTS) {
                wide.add(c.getName() + ": " + c.getRecordComponents().length);
            }
        }
        assertEquals(List.of(), wide, "records with more than " + MAX_COMPONENTS + " components");
    }

    @Test
    void topLevelClassesFormNoCycle() {
        Map<String, Set<String>> edges = topLevelDependencies();
        assertEquals(List.of(), cycles(edges), "groups of top-level classes that depend on each other");
    }

    /** The cycle finder itself finds a planted cycle and nothing in a chain. */
    @Test
    void cycleFinderFindsAPlantedCycle() {
        Map<String, Set<String>> chain = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of());
        assertEquals(List.of(), cycles(chain));
        Map<String, Set<String>> loop = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(loop));
    }

    private static boolean canonical(Class<?> c, Executable e) {
        if (!c.isRecord() || !(e instanceof java.lang.reflect.Constructor)) return false;
        Class<?>[] types = Arrays.stream(c.getRecordComponents()).map(r -> r.getType()).toArray(Class<?>[]::new);
        return Arrays.equals(types, e.getParameterTypes());
    }

    private static List<Class<?>> mainClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
                try {
                    classes.add(Class.forName(name, false, CodeShapeTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    /** Class-level dependencies between the project's top-level classes (nested classes folded in). */
    private static Map<String, Set<String>> topLevelDependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
                "-e", "nl\\.ruimtevraag\\..*", CLASSES.toString());
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] f = line.trim().split("\\s+->\\s+|\\s+");
            if (f.length < 2 || !f[0].startsWith("nl.ruimtevraag.") || !f[1].startsWith("nl.ruimtevraag.")) continue;
            String from = top(f[0]), to = top(f[1]);
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            edges.computeIfAbsent(to, k -> new TreeSet<>());
            if (!from.equals(to)) edges.get(from).add(to);
        }
        return edges;
    }

    private static String top(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    /** Strongly connected components of more than one node (Tarjan), each sorted, in sorted order. */
    static List<List<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String v : new TreeSet<>(edges.keySet())) {
            if (!index.containsKey(v)) strongConnect(v, edges, index, low, stack, onStack, found, counter);
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void strongConnect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, edges, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }
}
