package dev.ltxflux.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the built jars declare on the module path: real modules (not automatic ones), and only the public API exported.
 * Each set is exact, so a newly exported package (say {@code dev.ltxflux.feign.wire}) fails here.
 */
class ModuleDescriptorTest {

    @Test
    void theClientExportsItsApiPackageOnlyAndOpensTheWireDtosToJacksonAlone() {
        ModuleDescriptor client = ClientModulePath.descriptor("dev.ltxflux.feign");

        assertThat(client.isAutomatic()).as("a module-info, not an Automatic-Module-Name").isFalse();
        assertThat(exports(client)).containsExactly("dev.ltxflux.feign");
        assertThat(opens(client)).containsExactly("dev.ltxflux.feign.wire to [com.fasterxml.jackson.databind]");
        assertThat(client.packages()).as("the internals are in the module, just not exported").contains("dev.ltxflux.feign.wire");
    }

    @Test
    void theClientPassesCoreOnToItsReaders() {
        ModuleDescriptor client = ClientModulePath.descriptor("dev.ltxflux.feign");

        assertThat(requires(client)).contains("transitive dev.ltxflux.core", "dev.ltxflux.schemas", "feign.core",
                "feign.jackson", "feign.slf4j", "com.fasterxml.jackson.databind", "org.slf4j", "java.net.http");
        assertThat(requires(client)).as("no Feign or Jackson type in the client's API")
                .noneMatch(r -> r.startsWith("transitive feign") || r.startsWith("transitive com.fasterxml"));
    }

    @Test
    void coreExportsTheDomainButNotItsSharedTextRule() {
        ModuleDescriptor core = ClientModulePath.descriptor("dev.ltxflux.core");

        assertThat(core.isAutomatic()).isFalse();
        assertThat(exports(core)).containsExactly("dev.ltxflux.core.error", "dev.ltxflux.core.model.account", "dev.ltxflux.core.model.asset",
                "dev.ltxflux.core.model.edit", "dev.ltxflux.core.model.job", "dev.ltxflux.core.model.journal",
                "dev.ltxflux.core.model.scheduler", "dev.ltxflux.core.port.in",
                "dev.ltxflux.core.port.out", "dev.ltxflux.core.service");
        assertThat(core.packages()).contains("dev.ltxflux.core.model.text");
        assertThat(core.requires()).extracting(Requires::name).containsExactly("java.base");
        assertThat(opens(core)).isEmpty();
    }

    @Test
    void schemasExportsTheCatalogOnlyAndKeepsTheRelocatedValidatorInside() {
        ModuleDescriptor schemas = ClientModulePath.descriptor("dev.ltxflux.schemas");

        assertThat(schemas.isAutomatic()).as("the descriptor survived shading").isFalse();
        assertThat(exports(schemas)).containsExactly("dev.ltxflux.schemas");
        assertThat(opens(schemas)).as("the schema files are resources of this package").containsExactly("dev.ltxflux.schemas");
        assertThat(schemas.packages()).as("read from the shaded jar, relocated packages included")
                .contains("dev.ltxflux.schemas.internal.networknt.schema", "dev.ltxflux.schemas.internal.ethlo");
        assertThat(requires(schemas)).as("networknt was needed to compile it only: it is inside the jar")
                .contains("static com.networknt.schema", "transitive com.fasterxml.jackson.databind", "org.slf4j");
    }

    @Test
    void theModularJarsCarryNoAutomaticModuleNameBesideTheirDescriptor() throws IOException {
        for (String module : List.of("dev.ltxflux.core", "dev.ltxflux.feign", "dev.ltxflux.schemas")) {
            ModuleReference jar = ClientModulePath.finder().find(module).orElseThrow();
            try (JarFile file = new JarFile(Path.of(jar.location().orElseThrow()).toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(module).isNull();
            }
        }
    }

    @Test
    void noPackageIsSplitBetweenOurJars() throws Exception {
        Path mockJar = Path.of(LtxMockExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, String> owner = new TreeMap<>();
        List<String> split = new ArrayList<>();
        List<ModuleDescriptor> ours = new ArrayList<>(List.of(ClientModulePath.descriptor("dev.ltxflux.core"),
                ClientModulePath.descriptor("dev.ltxflux.feign"), ClientModulePath.descriptor("dev.ltxflux.schemas")));
        ModuleFinder.of(mockJar).findAll().forEach(m -> ours.add(m.descriptor()));
        assertThat(ours).extracting(ModuleDescriptor::name).contains("dev.ltxflux.mock");
        for (ModuleDescriptor module : ours) {
            for (String pkg : module.packages()) {
                String before = owner.putIfAbsent(pkg, module.name());
                if (before != null && pkg.startsWith("dev.ltxflux")) {
                    split.add(pkg + " in " + before + " and " + module.name());
                }
            }
        }
        assertThat(split).isEmpty();
    }

    private static Set<String> exports(ModuleDescriptor module) {
        return module.exports().stream()
                .map(e -> e.isQualified() ? e.source() + " to " + new TreeSet<>(e.targets()) : e.source())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> opens(ModuleDescriptor module) {
        return module.opens().stream()
                .map(o -> o.isQualified() ? o.source() + " to " + new TreeSet<>(o.targets()) : o.source())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> requires(ModuleDescriptor module) {
        return module.requires().stream()
                .map(r -> r.modifiers().stream().filter(m -> m != Requires.Modifier.MANDATED)
                        .map(m -> m.name().toLowerCase(Locale.ROOT) + " ").sorted().collect(Collectors.joining()) + r.name())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
