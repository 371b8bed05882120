package dev.ltxflux.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules of a Maven reactor, found from its poms (the root's {@code <modules>}, and theirs, recursively) rather
 * than from a hand list: a module added to the build is judged by the architecture rules without anyone naming it.
 * Each module with main sources ({@code src/main/java}) is judged on its compiled main classes ({@code target/classes}:
 * its own code only, nothing excluded, nothing relocated into it by a later {@code package}).
 *
 * @param root    the reactor's root directory (the topmost directory whose pom lists modules)
 * @param modules every module with main sources, by its path relative to {@code root} ({@code cli}, {@code examples/plain-java})
 */
public record ReactorModules(Path root, List<Module> modules) {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<]+?)\\s*</artifactId>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    /**
     * A module with main sources.
     *
     * @param name       its path relative to the reactor root, with {@code /} separators
     * @param artifactId its pom's own artifactId (not its parent's)
     * @param classes    its compiled main classes ({@code target/classes}); may not exist yet
     */
    public record Module(String name, String artifactId, Path classes) {

        /** Its main sources ({@code src/main/java}, beside {@code target/classes}). */
        public Path sources() {
            return classes.getParent().getParent().resolve("src/main/java");
        }
    }

    /** The reactor that {@code start} (any directory inside it, e.g. a module's working directory) belongs to. */
    public static ReactorModules around(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        Path root = null;
        // up through the directories that hold a pom: the topmost one listing modules is the reactor's root
        for (Path d = dir; d != null && Files.isRegularFile(d.resolve("pom.xml")); d = d.getParent()) {
            if (!modulesOf(d).isEmpty()) {
                root = d;
            }
        }
        if (root == null) {
            throw new IllegalStateException("no Maven reactor (a pom.xml listing <modules>) at or above " + dir);
        }
        return of(root);
    }

    /** The reactor rooted at {@code root}. */
    public static ReactorModules of(Path root) {
        List<Module> found = new ArrayList<>();
        collect(root.toAbsolutePath().normalize(), "", found);
        return new ReactorModules(root.toAbsolutePath().normalize(), List.copyOf(found));
    }

    private static void collect(Path dir, String prefix, List<Module> found) {
        for (String child : modulesOf(dir)) {
            Path module = dir.resolve(child).normalize();
            String name = prefix + child.replace('\\', '/');
            if (Files.isDirectory(module.resolve("src/main/java"))) {
                found.add(new Module(name, artifactIdOf(module), module.resolve("target/classes")));
            }
            collect(module, name + "/", found);
        }
    }

    private static List<String> modulesOf(Path dir) {
        Path pom = dir.resolve("pom.xml");
        return Files.isRegularFile(pom) ? all(MODULE, pomText(dir)) : List.of();
    }

    private static String artifactIdOf(Path module) {
        String own = PARENT.matcher(pomText(module)).replaceAll("");
        Matcher m = ARTIFACT_ID.matcher(own);
        if (!m.find()) {
            throw new IllegalStateException("no artifactId in " + module.resolve("pom.xml"));
        }
        return m.group(1);
    }

    /** A pom's text without its comments (a commented-out module or dependency does not count). */
    private static String pomText(Path dir) {
        try {
            return COMMENT.matcher(Files.readString(dir.resolve("pom.xml"))).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find();) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * The judged modules (all but {@code optedOut}) that the module in {@code judging} (its directory) does not declare
     * as a dependency, itself excepted. Under a parallel build ({@code -T}) the reactor orders modules by their declared
     * dependencies only, so a judged module missing here may still be compiling when the judging one imports the
     * classes: a race that a sequential build never shows. Declared directly, not through another module, so that
     * removing a dependency elsewhere cannot reopen it.
     */
    public List<String> undeclaredIn(Path judging, Map<String, String> optedOut) {
        String self = artifactIdOf(judging);
        List<String> declared = all(DEPENDENCY, pomText(judging)).stream()
                .flatMap(d -> all(ARTIFACT_ID, d).stream().limit(1)).toList();
        return judged(optedOut).stream().map(Module::artifactId)
                .filter(a -> !a.equals(self) && !declared.contains(a)).toList();
    }

    /**
     * The main classes of every module except {@code optedOut} (module name to the reason it is not judged), which
     * must each name a module of this reactor. Fails naming a module whose classes are not built: a module the build
     * compiles after the judging one would otherwise pass unjudged.
     */
    public JavaClasses importMainClasses(Map<String, String> optedOut) {
        List<String> names = modules.stream().map(Module::name).toList();
        List<String> unknown = optedOut.keySet().stream().filter(n -> !names.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("opted-out modules that are not in the reactor at " + root + ": " + unknown);
        }
        List<Path> locations = new ArrayList<>();
        List<String> unbuilt = new ArrayList<>();
        for (Module m : judged(optedOut)) {
            if (Files.isDirectory(m.classes())) {
                locations.add(m.classes());
            } else {
                unbuilt.add(m.name());
            }
        }
        if (!unbuilt.isEmpty()) {
            throw new IllegalStateException("modules with main sources but no compiled classes: " + unbuilt + "; the module that"
                    + " checks the architecture must build after them (add each as a test dependency of contract-tests)");
        }
        return new ClassFileImporter().importPaths(locations);
    }

    /** The modules {@link #importMainClasses} judges. */
    public List<Module> judged(Map<String, String> optedOut) {
        return modules.stream().filter(m -> !optedOut.containsKey(m.name())).toList();
    }
}
