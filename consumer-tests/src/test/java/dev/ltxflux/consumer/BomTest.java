package dev.ltxflux.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BOM a user imports: ltxflux's own published artifacts, all of them, and nothing that would move the user's versions. */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theBomHasNoParentSoItCarriesNoneOfOurBuildsVersions() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
    }

    @Test
    void theBomManagesOnlyLtxfluxArtifacts() throws Exception {
        assertThat(managed()).isNotEmpty().allSatisfy(coordinates -> assertThat(coordinates).startsWith("dev.ltxflux:ltxflux-"));
    }

    @Test
    void theBomListsEveryPublishedModule() throws Exception {
        List<String> published = new ArrayList<>();
        NodeList modules = read(ROOT.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path pom = ROOT.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml");
            String text = Files.readString(pom);
            boolean unpublished = text.contains("<maven.deploy.skip>true</maven.deploy.skip>") || text.contains("<packaging>pom</packaging>");
            if (!unpublished) {
                published.add("dev.ltxflux:" + child(read(pom).getDocumentElement(), "artifactId"));
            }
        }
        assertThat(published).contains("dev.ltxflux:ltxflux-core", "dev.ltxflux:ltxflux-adapter-feign");
        assertThat(managed()).containsExactlyInAnyOrderElementsOf(published);
    }

    private static List<String> managed() throws Exception {
        List<String> coordinates = new ArrayList<>();
        NodeList deps = read(ROOT.resolve("bom/pom.xml")).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            coordinates.add(child(dep, "groupId") + ":" + child(dep, "artifactId"));
        }
        return coordinates;
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }
}
