package dev.ltxflux.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client built against the baseline API would break on, comparing the baseline's documents (openapi.yaml and
 * the JSON Schemas, by file name) with the current ones: a removed path, operation or schema file, a removed field
 * ({@code properties} member), a narrowed {@code enum}, a new required request field. Additions (paths, operations,
 * files, optional fields, enum values) are not breaking.
 */
final class ApiCompatibility {

    private ApiCompatibility() {
    }

    /** Every breaking change from {@code baseline} to {@code current} (file name → parsed document), one line each. */
    static List<String> breakingChanges(Map<String, JsonNode> baseline, Map<String, JsonNode> current) {
        List<String> found = new ArrayList<>();
        Set<String> requestSchemas = requestSchemas(baseline.get("openapi.yaml"));
        requestSchemas.addAll(requestSchemas(current.get("openapi.yaml")));
        for (Map.Entry<String, JsonNode> file : baseline.entrySet()) {
            String name = file.getKey();
            JsonNode now = current.get(name);
            if (now == null) {
                found.add(name + ": removed");
                continue;
            }
            if (name.equals("openapi.yaml")) {
                paths(file.getValue(), now, found);
            }
            walk(name, "", file.getValue(), now, requestSchemas.contains(name), found);
        }
        return found;
    }

    private static void paths(JsonNode baseline, JsonNode current, List<String> found) {
        baseline.path("paths").properties().forEach(path -> {
            JsonNode now = current.path("paths").path(path.getKey());
            if (now.isMissingNode()) {
                found.add("openapi.yaml: path " + path.getKey() + " removed");
                return;
            }
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!now.has(method)) {
                    found.add("openapi.yaml: operation " + method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " removed");
                }
            });
        });
    }

    /** Compares the two trees at {@code pointer}, where both exist. */
    private static void walk(String file, String pointer, JsonNode baseline, JsonNode current, boolean request, List<String> found) {
        if (baseline.isObject() && current.isObject()) {
            JsonNode props = baseline.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(field -> {
                    if (!current.path("properties").has(field)) {
                        found.add(file + ": field " + pointer + "/properties/" + field + " removed");
                    }
                });
            }
            JsonNode enumBefore = baseline.get("enum");
            JsonNode enumNow = current.get("enum");
            if (enumBefore != null && enumNow != null) {
                Set<String> now = texts(enumNow);
                for (String value : texts(enumBefore)) {
                    if (!now.contains(value)) {
                        found.add(file + ": enum " + pointer + "/enum narrowed: " + value + " removed");
                    }
                }
            }
            if (request && current.has("required")) {
                Set<String> added = new TreeSet<>(names(current.get("required")));
                added.removeAll(names(baseline.path("required")));
                for (String field : added) {
                    found.add(file + ": request field " + pointer + "/properties/" + field + " newly required");
                }
            }
            baseline.properties().forEach(e -> {
                JsonNode next = current.get(e.getKey());
                if (next != null) {
                    walk(file, pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), next, request, found);
                }
            });
        } else if (baseline.isArray() && current.isArray()) {
            for (int i = 0; i < Math.min(baseline.size(), current.size()); i++) {
                walk(file, pointer + "/" + i, baseline.get(i), current.get(i), request, found);
            }
        }
    }

    /** The schema files openapi.yaml names inside request bodies. */
    private static Set<String> requestSchemas(JsonNode openapi) {
        Set<String> files = new HashSet<>();
        if (openapi != null) {
            collectRequestRefs(openapi, false, files);
        }
        return files;
    }

    private static void collectRequestRefs(JsonNode node, boolean inRequest, Set<String> files) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("callbacks")) {
                    return; // the API sends those bodies: more required there is a promise, not a demand
                }
                boolean request = inRequest || e.getKey().equals("requestBody") || e.getKey().equals("requestBodies");
                if (request && e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    String ref = e.getValue().asText();
                    int hash = ref.indexOf('#');
                    String fileName = hash < 0 ? ref : ref.substring(0, hash);
                    if (!fileName.isEmpty()) {
                        files.add(fileName);
                    }
                }
                collectRequestRefs(e.getValue(), request, files);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRequestRefs(n, inRequest, files));
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Enum values as JSON text, so that 1 and "1" stay apart. */
    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.toString()));
        return out;
    }

    /** Whether {@code current} has a higher major version than {@code baseline} ("1.0.0" over "0.9.2"). */
    static boolean majorMoved(String baseline, String current) {
        return major(current) > major(baseline);
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("[.-]", 2)[0]);
    }
}
