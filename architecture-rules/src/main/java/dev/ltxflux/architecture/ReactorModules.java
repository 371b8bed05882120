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

    /**
     * A module with main sources.
     *
     * @param name    its path relative to the reactor root, with {@code /} separators
     * @param classes its compiled main classes ({@code target/classes}); may not exist yet
     */
    public record Module(String name, Path classes) {
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
                found.add(new Module(name, module.resolve("target/classes")));
            }
            collect(module, name + "/", found);
        }
    }

    private static List<String> modulesOf(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return List.of();
        }
        try {
            String text = COMMENT.matcher(Files.readString(pom)).replaceAll("");
            List<String> names = new ArrayList<>();
            for (Matcher m = MODULE.matcher(text); m.find();) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
