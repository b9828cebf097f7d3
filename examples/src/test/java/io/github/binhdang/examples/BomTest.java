package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every module the root pom builds and publishes, so a new module cannot be forgotten;
 * examples and benchmarks are not published, and the BOM is itself.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> UNPUBLISHED = Set.of("examples", "benchmarks", "bom");

    private static Element read(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    /** The child elements of an element with a name, in order. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    /** The artifact ids of the root pom's published modules, by folder. */
    static List<String> publishedArtifacts() {
        List<String> artifacts = new ArrayList<>();
        for (Element modules : children(read(ROOT.resolve("pom.xml")), "modules")) {
            for (Element module : children(modules, "module")) {
                String folder = module.getTextContent().strip();
                if (!UNPUBLISHED.contains(folder)) {
                    artifacts.add(text(read(ROOT.resolve(folder).resolve("pom.xml")), "artifactId"));
                }
            }
        }
        return artifacts;
    }

    /** The BOM's managed artifacts of the project's group, with their versions. */
    private static Map<String, String> managed(Element bom) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Element management : children(bom, "dependencyManagement")) {
            for (Element dependencies : children(management, "dependencies")) {
                for (Element dependency : children(dependencies, "dependency")) {
                    assertThat(text(dependency, "groupId")).isEqualTo("io.github.binhdang");
                    versions.put(text(dependency, "artifactId"), text(dependency, "version"));
                }
            }
        }
        return versions;
    }

    @Test
    void everyPublishedModuleIsInTheBom() {
        List<String> published = publishedArtifacts();
        assertThat(published).contains("binhdang-core", "binhdang-indicators", "binhdang-serialization");
        assertThat(managed(read(ROOT.resolve("bom/pom.xml"))).keySet()).containsAll(published);
    }

    @Test
    void theBomHasTheProjectsVersionAndNoParent() {
        Element root = read(ROOT.resolve("pom.xml"));
        Element bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(children(root, "modules").get(0).getTextContent()).contains("bom");
        assertThat(text(bom, "artifactId")).isEqualTo("binhdang-bom");
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        assertThat(text(bom, "version")).isEqualTo(text(root, "version"));
        // A parent would import binhdang-parent's own dependency management into every application.
        assertThat(children(bom, "parent")).isEmpty();
        assertThat(managed(bom).values()).containsOnly("${project.version}");
    }
}
